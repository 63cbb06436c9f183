package org.flipside.site;

import java.nio.file.Path;
import java.util.List;
import org.flipside.diagnostic.ProblemException;
import org.flipside.plan.Plan;
import org.flipside.plan.Planner;
import org.flipside.scheme.SchemeLoader;
import org.flipside.util.BuildDate;
import org.flipside.util.OutputFolder;

/**
 * The website baked by JBake as it ships (in-memory OrientDB store, JBake's own {@code Oven}, crawler and
 * renderers) from the same pages, Markdown engine and templates as Flipside: the baseline {@code bench/run}
 * measures against. Not part of the {@code flipside} command.
 *
 * <pre>java -cp target/flipside.jar org.flipside.site.StockBake scheme.yml OUT_DIR</pre>
 */
public final class StockBake {

    private StockBake() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: StockBake SCHEME_FILE OUT_DIR");
            System.exit(2);
        }
        Path scheme = Path.of(args[0]).toAbsolutePath().normalize();
        Path root = scheme.getParent();
        Path out = Path.of(args[1]).toAbsolutePath().normalize();
        try {
            Plan plan = Planner.plan(SchemeLoader.load(scheme, root, BuildDate.resolve()), root, BuildDate.resolve());
            OutputFolder.deleteTree(out);
            int pages = SiteBuilder.build(plan, root, root.resolve("themes/default"), out, List.of(), SiteEngine.STOCK);
            System.out.println("stock JBake: " + pages + " pages");
        } catch (ProblemException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
