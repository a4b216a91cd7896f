package com.acme.billing

import io.kotest.core.spec.style.StringSpec
import io.kotest.matchers.shouldBe

class InvoiceHandlerTest : StringSpec({
    "sums the lines" {
        InvoiceHandler().total(listOf(1, 2, 3)) shouldBe 6
    }
})
