package no.samarbeid.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.jspecify.annotations.Nullable;

/**
 * An outside attacker's audit of published research tables, independent of reporting's code: the tables of one
 * measure share a grand total, so for every suppressed cell linear programming (commons-math3's SimplexSolver) over
 * the published cells finds the narrowest interval of values it can have; returns each suppressed cell's width.
 */
final class LinearProgrammingAudit {

    private LinearProgrammingAudit() {}

    /** {@code tables}: each table's cells, {@code null} where suppressed. */
    static List<Double> widths(Map<String, List<@Nullable Long>> tables) {
        List<List<Integer>> suppressedPerTable = new ArrayList<>();
        List<Double> publishedSums = new ArrayList<>();
        int variables = 0;
        for (List<@Nullable Long> cells : tables.values()) {
            List<Integer> suppressed = new ArrayList<>();
            double sum = 0;
            for (Long cell : cells) {
                if (cell == null) {
                    suppressed.add(variables++);
                } else {
                    sum += cell;
                }
            }
            suppressedPerTable.add(suppressed);
            publishedSums.add(sum);
        }
        int total = variables;
        Collection<LinearConstraint> constraints = new ArrayList<>();
        for (int t = 0; t < suppressedPerTable.size(); t++) {
            double[] coefficients = new double[total + 1];
            suppressedPerTable.get(t).forEach(i -> coefficients[i] = 1);
            coefficients[total] = -1;
            constraints.add(new LinearConstraint(coefficients, Relationship.EQ, -publishedSums.get(t)));
        }
        List<Double> widths = new ArrayList<>();
        for (int v = 0; v < total; v++) {
            double[] objective = new double[total + 1];
            objective[v] = 1;
            widths.add(solve(objective, constraints, GoalType.MAXIMIZE)
                    - solve(objective, constraints, GoalType.MINIMIZE));
        }
        return widths;
    }

    private static double solve(double[] objective, Collection<LinearConstraint> constraints, GoalType goal) {
        try {
            return new SimplexSolver()
                    .optimize(
                            new MaxIter(10_000),
                            new LinearObjectiveFunction(objective, 0),
                            new LinearConstraintSet(constraints),
                            goal,
                            new NonNegativeConstraint(true))
                    .getValue();
        } catch (UnboundedSolutionException e) {
            return goal == GoalType.MAXIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
    }
}
