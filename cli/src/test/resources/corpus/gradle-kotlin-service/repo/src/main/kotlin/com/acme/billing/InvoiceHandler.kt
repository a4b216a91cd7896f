package com.acme.billing

import io.github.oshai.kotlinlogging.KotlinLogging
import org.springframework.stereotype.Component

private val log = KotlinLogging.logger {}

@Component
class InvoiceHandler {
    fun total(lines: List<Long>): Long {
        log.info { "totalling ${lines.size} lines" }
        return lines.sum()
    }
}
