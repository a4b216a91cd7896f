package dev.shipshape.render;

import dev.shipshape.model.Report;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report in one format. A pure function of the report: it computes nothing, reads nothing
 * else, and equal reports give equal output. It does not close {@code out}.
 */
public interface ReportRenderer {

  void render(Report report, Writer out) throws IOException;
}
