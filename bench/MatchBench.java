import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.flipside.match.Matchmaker;
import org.flipside.match.MatchResult;
import org.flipside.match.Overrides;
import org.flipside.match.Person;
import org.flipside.match.ReportingLines;
import org.flipside.match.Role;
import org.flipside.model.Audience;
import org.flipside.model.Matching;
import org.flipside.model.MatchingApproach;
import org.flipside.model.QuestionType;
import org.flipside.model.RuleKind;

/**
 * Matches a generated cohort of N mentors (default 500) and N × CAPACITY mentees and prints the time and peak heap.
 * Run by bench/match with the built jar on the class path: java -cp target/flipside.jar bench/MatchBench.java [N] [CAPACITY]
 */
public class MatchBench {

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int mentees = n * capacity;
        List<String> topics = List.of("Recruitment", "Supervision", "Wellbeing", "Progression", "Belonging", "Hybrid working");
        List<String> areas = List.of("Corporate", "Disputes", "Real Estate", "Private Client", "Business Services");
        List<String> times = List.of("Early morning", "Lunchtime", "Late afternoon");
        Matching matching = new Matching(MatchingApproach.HYBRID, "coordinator", List.of(
                new Matching.Rule(RuleKind.NEVER_SAME_REPORTING_LINE, null, 1, false),
                new Matching.Rule(RuleKind.NEVER_SAME_TEAM, null, 1, false),
                new Matching.Rule(RuleKind.NEVER_PREVIOUS_PAIR, null, 1, false),
                new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "topics", 3, false),
                new Matching.Rule(RuleKind.PREFER_DIFFERENT_ANSWERS, "area", 2, false),
                new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "times", 1, true),
                new Matching.Rule(RuleKind.PREFER_SHARED_ANSWERS, "confidence", 1, false)), capacity, List.of(
                new Matching.Question("topics", "Topics?", QuestionType.MULTI_CHOICE, topics, Audience.BOTH, true, false),
                new Matching.Question("area", "Area?", QuestionType.SINGLE_CHOICE, areas, Audience.BOTH, true, false),
                new Matching.Question("times", "Times?", QuestionType.MULTI_CHOICE, times, Audience.BOTH, false, false),
                new Matching.Question("confidence", "Confidence?", QuestionType.SCALE, List.of(), Audience.BOTH, false, false)));
        Random random = new Random(42);
        List<Person> people = new ArrayList<>();
        for (Role role : Role.values()) {
            for (int i = 0; i < (role == Role.MENTOR ? n : mentees); i++) {
                String email = role.key() + i + "@example.org";
                String manager = role == Role.MENTEE ? (i > 10 ? "mentee" + random.nextInt(10) + "@example.org" : "")
                        : "mentee" + random.nextInt(n) + "@example.org";
                Map<String, List<String>> answers = new HashMap<>();
                answers.put("topics", pick(random, topics));
                answers.put("area", List.of(areas.get(random.nextInt(areas.size()))));
                answers.put("times", pick(random, times));
                answers.put("confidence", List.of(String.valueOf(1 + random.nextInt(5))));
                people.add(new Person(role, "Person " + i, email, "team" + random.nextInt(40), manager,
                        Set.of(), answers, people.size() + 2));
            }
        }
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long before = runtime.totalMemory() - runtime.freeMemory();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        long cpuStart = os.getProcessCpuTime();
        long start = System.nanoTime();
        MatchResult result = Matchmaker.match(matching, people, ReportingLines.of(people, Map.of()), Overrides.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
        long peak = 0;
        for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == java.lang.management.MemoryType.HEAP) peak += pool.getPeakUsage().getUsed();
        }
        long written = System.nanoTime();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("match-bench");
        org.flipside.match.PairsCsv.write(result, dir.resolve("pairs.csv"));
        org.flipside.match.MatchReport.write(result, matching, new org.flipside.match.ReportContext("Bench", "Bench LLP",
                "en-GB", null, 12, null, "generated"), dir.resolve("report.html"));
        long writeMillis = (System.nanoTime() - written) / 1_000_000;
        long reportBytes = java.nio.file.Files.size(dir.resolve("report.html"));
        for (java.nio.file.Path f : List.of(dir.resolve("pairs.csv"), dir.resolve("report.html"), dir)) java.nio.file.Files.delete(f);
        System.out.printf("match %d mentors (capacity %d) x %d mentees: %d pairs, %d unmatched, total score %.2f%n", n, capacity, mentees, result.pairs().size(),
                result.unmatched().size(), result.totalScore());
        System.out.printf("matching %.2f s wall (%.2f s CPU, all threads; load average %.1f on %d cores), then pairs.csv and report.html (%d KB) %.2f s; peak heap %d MB (heap in use before %d MB)%n",
                millis / 1000.0, cpuMillis / 1000.0, os.getSystemLoadAverage(), os.getAvailableProcessors(), reportBytes / 1024, writeMillis / 1000.0, peak / (1024 * 1024), before / (1024 * 1024));
    }

    private static List<String> pick(Random random, List<String> options) {
        List<String> chosen = new ArrayList<>();
        for (String option : options) if (random.nextInt(3) == 0) chosen.add(option);
        if (chosen.isEmpty()) chosen.add(options.get(random.nextInt(options.size())));
        return chosen;
    }
}
