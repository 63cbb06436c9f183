package org.flipside.match;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Pairs rows with columns so that as many allowed pairs as possible are made and, among those, the total score
 * is highest. Solved as a minimum-cost perfect matching (Kuhn–Munkres, from JGraphT) on a square matrix.
 */
final class OptimalAssignment {

    /** Scores are compared to a millionth of a point, so that every cost is a whole number held exactly. */
    static final double RESOLUTION = 1_000_000;

    private OptimalAssignment() {}

    /**
     * @param scores  {@code scores[row][column]}, each at least 0 and at most {@code maximumScore}
     * @param allowed which pairs may be made
     * @return for each row, the column it is paired with, or -1
     */
    static int[] solve(double[][] scores, boolean[][] allowed, int columns, double maximumScore) {
        int rows = scores.length;
        int[] assigned = new int[rows];
        java.util.Arrays.fill(assigned, -1);
        if (rows == 0 || columns == 0) return assigned;
        int size = Math.max(rows, columns);
        // Every allowed pair earns a bonus larger than any total of scores, so that making one more pair
        // always beats a better score with fewer pairs. A forbidden pair costs what leaving both people unpaired
        // costs (nothing) and is dropped afterwards: the square matrix needs a pair in every cell's row and column,
        // and padding rows or columns (dummies) stand for "unpaired".
        long unit = Math.round(Math.max(maximumScore, 0) * RESOLUTION);
        double bonus = (double) unit * Math.min(rows, columns) + 1;

        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new LinkedHashSet<>();
        Set<Integer> right = new LinkedHashSet<>();
        for (int i = 0; i < size; i++) {
            graph.addVertex(i);
            left.add(i);
        }
        for (int j = 0; j < size; j++) {
            graph.addVertex(size + j);
            right.add(size + j);
        }
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
                double cost = 0;
                if (i < rows && j < columns && allowed[i][j]) {
                    cost = -(bonus + Math.round(scores[i][j] * RESOLUTION));
                }
                DefaultWeightedEdge edge = graph.addEdge(i, size + j);
                graph.setEdgeWeight(edge, cost);
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching =
                new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching();
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            int a = graph.getEdgeSource(edge);
            int b = graph.getEdgeTarget(edge);
            int row = Math.min(a, b);
            int column = Math.max(a, b) - size;
            if (row < rows && column < columns && allowed[row][column]) assigned[row] = column;
        }
        return assigned;
    }
}
