package org.sortes.testutil;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF's verdict on a file, as an assertion. */
public final class PdfA {
    private PdfA() {
    }

    public static void assertPdfA3b(Path pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf.toFile(), PDFAFlavour.PDFA_3_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_B, false);
            ValidationResult result = validator.validate(parser);
            assertTrue(result.isCompliant(), () -> result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED).limit(5)
                    .map(a -> a.getRuleId() + " " + a.getMessage()).toList().toString());
        }
    }
}
