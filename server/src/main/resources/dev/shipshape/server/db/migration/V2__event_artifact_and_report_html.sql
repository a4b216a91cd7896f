-- CDEvents name the artifact a deployment shipped; an incident naming it is linked to that deployment.
ALTER TABLE events ADD COLUMN artifact VARCHAR(300);
-- Each report's HTML page (render's HtmlReportRenderer), drawn when it was scanned; null before.
ALTER TABLE reports ADD COLUMN report_html TEXT;
