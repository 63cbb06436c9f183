package org.flipside.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code flipside match} end to end, against this repository's scheme.yml. */
class MatchCommandTest {

    private static final String RESPONSES = """
            role,name,email,team,line_manager,preferred-name,topics,practice-area,availability,structure,identity
            mentor,Amara Okafor,a.okafor@example.org,Trainees,t.reid@example.org,Amara,Wellbeing;Belonging,Disputes,Lunchtime,2,SECRET-IDENTITY-ANSWER
            mentor,Ben Osei,b.osei@example.org,Trainees,,Ben,Recruitment,Corporate,Lunchtime,4,
            mentee,Thomas Reid,t.reid@example.org,Partners,,Tom,Recruitment;Belonging,Corporate,Lunchtime;Late afternoon,4,
            mentee,Priya Nair,p.nair@example.org,Real Estate,,Priya,Wellbeing,Real Estate,Lunchtime,1,
            mentee,Quinn Hale,q.hale@example.org,Tax,,Quinn,Wellbeing,Corporate,Early morning;Lunchtime,3,
            """;

    @TempDir Path dir;

    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path responses(String text) throws Exception {
        return Files.writeString(dir.resolve("responses.csv"), text, StandardCharsets.UTF_8);
    }

    @Test
    void writesPairsReportAndFilledAgreements() throws Exception {
        Path out = dir.resolve("matching");
        Run run = run("match", responses(RESPONSES).toString(), "scheme.yml", "--out", out.toString(),
                "--fix", "p.nair@example.org=b.osei@example.org");
        assertEquals(ExitCode.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("match 2 pairs, 1 unpaired ✓"), run.out());
        assertTrue(run.err().contains("1 person is unpaired: Thomas Reid <t.reid@example.org>"), run.err());

        List<String> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("README.txt",
                "agreement-a.okafor-example.org-q.hale-example.org.pdf",
                "agreement-b.osei-example.org-p.nair-example.org.pdf",
                "pairs.csv", "report.html"), files);
        String pairs = Files.readString(out.resolve("pairs.csv"));
        // Amara reports to Tom, so the reporting-line rule keeps them apart despite the best score.
        assertFalse(pairs.contains("Amara Okafor,a.okafor@example.org,Thomas Reid"), pairs);
        assertFalse(pairs.contains("SECRET-IDENTITY-ANSWER"));
        assertTrue(Files.readString(out.resolve("report.html")).contains("SECRET-IDENTITY-ANSWER"));

        try (PDDocument pdf = Loader.loadPDF(out.resolve("agreement-b.osei-example.org-p.nair-example.org.pdf").toFile())) {
            PDAcroForm form = pdf.getDocumentCatalog().getAcroForm();
            assertEquals("Ben Osei", form.getField("mentor_name").getValueAsString());
            assertEquals("Priya Nair", form.getField("mentee_name").getValueAsString());
            for (PDField field : form.getFieldTree()) assertFalse(field.isReadOnly(), field.getFullyQualifiedName());
            assertFalse(new PDFTextStripper().getText(pdf).contains("SECRET-IDENTITY-ANSWER"));
        }
    }

    @Test
    void badResponsesWriteNothingAndExitWithOne() throws Exception {
        Path out = dir.resolve("matching");
        Run run = run("match", responses("role,name,email,preferred-name,topics,practice-area\nboss,Ada,ada@example.org,Ada,Golf,Corporate\n").toString(),
                "--out", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("1. responses.csv:2:1: role `boss` is not `mentor` or `mentee` — Write mentor or mentee."), run.err());
        assertTrue(run.err().contains("2. responses.csv:2:5: `Golf` is not one of the options for `topics`"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void refusesToWriteIntoTheWebsiteOutput() throws Exception {
        Path inside = Path.of("output", "matching").toAbsolutePath();
        Run run = run("match", responses(RESPONSES).toString(), "--out", inside.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("the matching results hold personal data and must never be published"), run.err());
        assertFalse(Files.exists(inside));
    }

    @Test
    void theStaffListCompletesManagementChains() throws Exception {
        // Ben reports to a team lead who reports to Priya: two steps up, known only from the staff list.
        Path staff = Files.writeString(dir.resolve("staff.csv"),
                "email;line_manager;department\nb.osei@example.org;lead@example.org;Trainees\nlead@example.org;p.nair@example.org;Real Estate\n");
        Path out = dir.resolve("matching");
        Run run = run("match", responses(RESPONSES).toString(), "--org", staff.toString(), "--out", out.toString(),
                "--fix", "b.osei@example.org=p.nair@example.org");
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.err().contains("1. command line: `--fix b.osei@example.org=p.nair@example.org`: this pair breaks a rule:"
                + " one is in the other's management chain (`never: same_reporting_line`)"), run.err());
        assertFalse(Files.exists(out));

        assertEquals(ExitCode.OK, run("match", responses(RESPONSES).toString(), "--org", staff.toString(),
                "--out", out.toString(), "--no-agreements").exitCode());
        assertFalse(Files.readString(out.resolve("pairs.csv")).contains("Ben Osei,b.osei@example.org,Priya Nair"));
    }

    @Test
    void aMissingResponsesArgumentIsAUsageError() {
        assertEquals(ExitCode.USAGE, run("match").exitCode());
    }

    @Test
    void runsTwiceToTheSameBytes() throws Exception {
        Path out = dir.resolve("matching");
        String csv = responses(RESPONSES).toString();
        String agreement = "agreement-a.okafor-example.org-q.hale-example.org.pdf";
        assertEquals(ExitCode.OK, run("match", csv, "--out", out.toString()).exitCode());
        byte[] report = Files.readAllBytes(out.resolve("report.html"));
        byte[] pairs = Files.readAllBytes(out.resolve("pairs.csv"));
        byte[] pdf = Files.readAllBytes(out.resolve(agreement));
        assertEquals(ExitCode.OK, run("match", csv, "--out", out.toString()).exitCode());
        assertArrayEquals(report, Files.readAllBytes(out.resolve("report.html")));
        assertArrayEquals(pairs, Files.readAllBytes(out.resolve("pairs.csv")));
        assertArrayEquals(pdf, Files.readAllBytes(out.resolve(agreement)));
        assertEquals(ExitCode.OK, run("match", csv, "--out", out.toString(), "--no-agreements").exitCode());
        assertFalse(Files.exists(out.resolve(agreement)), "--no-agreements leaves no agreement behind");
    }
}
