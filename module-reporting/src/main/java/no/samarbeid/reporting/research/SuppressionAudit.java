package no.samarbeid.reporting.research;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * An attacker's view of a snapshot: for the tables of one measure (which share a grand total), linear programming
 * over everything published finds, for every suppressed cell, the interval of values consistent with it. Variables:
 * each suppressed cell (non-negative) and the grand total; constraints: each table's suppressed cells add up to the
 * total minus its published cells. {@link Snapshots} runs it before storing a snapshot, and tests run it on its
 * results.
 */
final class SuppressionAudit {

    /** The interval of one suppressed cell. */
    public record Interval(String table, List<String> key, double min, double max) {

        public double width() {
            return max - min;
        }
    }

    private SuppressionAudit() {}

    /** For every suppressed cell of the tables of one measure, the interval an attacker can narrow it to. */
    public static List<Interval> intervals(Map<String, List<PublishedCell>> tables) {
        List<String[]> variables = new ArrayList<>();
        List<List<Integer>> perTable = new ArrayList<>();
        List<Double> publishedSums = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (var table : tables.entrySet()) {
            List<Integer> indices = new ArrayList<>();
            double sum = 0;
            for (PublishedCell cell : table.getValue()) {
                if (cell.suppressed()) {
                    indices.add(variables.size());
                    variables.add(new String[] {table.getKey(), String.join("|", cell.key())});
                } else {
                    sum += cell.value();
                }
            }
            names.add(table.getKey());
            perTable.add(indices);
            publishedSums.add(sum);
        }
        int total = variables.size();
        int n = total + 1;
        Collection<LinearConstraint> constraints = new ArrayList<>();
        for (int t = 0; t < perTable.size(); t++) {
            double[] coefficients = new double[n];
            perTable.get(t).forEach(i -> coefficients[i] = 1);
            coefficients[total] = -1;
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -publishedSums.get(t)));
        }
        List<Interval> intervals = new ArrayList<>();
        for (int v = 0; v < total; v++) {
            double[] objective = new double[n];
            objective[v] = 1;
            double min = solve(objective, constraints, GoalType.MINIMIZE);
            double max = solve(objective, constraints, GoalType.MAXIMIZE);
            intervals.add(new Interval(variables.get(v)[0], List.of(variables.get(v)[1].split("\\|")), min, max));
        }
        return intervals;
    }

    private static double solve(double[] objective, Collection<LinearConstraint> constraints, GoalType goal) {
        try {
            PointValuePair solution = new SimplexSolver()
                    .optimize(
                            new MaxIter(10_000),
                            new LinearObjectiveFunction(objective, 0),
                            new LinearConstraintSet(constraints),
                            goal,
                            new NonNegativeConstraint(true));
            return solution.getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }
}
