package org.sitrep.eval;

import java.util.Map;

/** Test access to the package-private B-cubed scoring. */
public final class ClusteringEvalAccess {
    private ClusteringEvalAccess() {
    }

    public static ClusteringEval.Report bcubed(Map<String, String> gold, Map<String, Integer> predicted) {
        return ClusteringEval.bcubed(gold, predicted);
    }
}
