import Foundation

/// A yes/no logistic regression over sparse presence features, trained by full-batch gradient
/// descent (with Nesterov momentum) and an L2 penalty.
///
/// Why this and not naive Bayes: its probabilities are calibrated well enough to be averaged with
/// the rules' score, which is what the blend does. Full-batch training makes it deterministic
/// (the same corrections give the same weights) and needs no learning-rate schedule.
///
/// Each release's features are scaled to unit length, so a long release does not weigh more than a
/// short one, and a feature only enters the vocabulary when at least `minimumDocuments` training
/// releases have it: a word seen once says more about that release than about its topic.
struct LogisticRegression: Sendable {
    struct Example: Sendable {
        /// Sorted, distinct feature hashes.
        var features: [UInt64]
        var positive: Bool
    }

    var weights: [UInt64: Double]
    var bias: Double

    static let minimumDocuments = 2

    /// The probability that a release with these features is a positive.
    func probability(of features: [UInt64]) -> Double {
        sigmoid(margin(of: features))
    }

    /// Each known feature's share of the margin, strongest first.
    func contributions(of features: [UInt64]) -> [(feature: UInt64, weight: Double)] {
        let scale = Self.scale(features.count)
        return features.compactMap { feature in weights[feature].map { (feature, $0 * scale) } }
            .sorted { abs($0.weight) > abs($1.weight) }
    }

    private func margin(of features: [UInt64]) -> Double {
        let scale = Self.scale(features.count)
        var sum = bias
        for feature in features { sum += (weights[feature] ?? 0) * scale }
        return sum
    }

    private static func scale(_ count: Int) -> Double { count == 0 ? 0 : 1 / Double(count).squareRoot() }

    /// Fits weights to `examples`. `l2` is the penalty on the squared weights (the bias is free).
    static func train(_ examples: [Example], l2: Double, iterations: Int = 200) -> LogisticRegression {
        // 1. The vocabulary: features shared by enough releases, numbered densely.
        var documents: [UInt64: Int] = [:]
        for example in examples { for feature in example.features { documents[feature, default: 0] += 1 } }
        let vocabulary = documents.filter { $0.value >= minimumDocuments }.keys.sorted()
        var column: [UInt64: Int] = [:]
        for (position, feature) in vocabulary.enumerated() { column[feature] = position }
        let rows = examples.map { example in
            (columns: example.features.compactMap { column[$0] }, scale: scale(example.features.count),
             target: example.positive ? 1.0 : 0.0)
        }
        // 2. Gradient descent on the mean log loss plus the penalty. Rows have unit length, so the
        // loss's gradient is 1/4-Lipschitz and a step of 1/(1/4 + l2) is safe.
        let count = Double(max(rows.count, 1))
        let step = 1 / (0.25 + l2)
        var weights = [Double](repeating: 0, count: vocabulary.count)
        var bias = 0.0
        var previous = weights
        var previousBias = bias
        var gradient = [Double](repeating: 0, count: vocabulary.count)
        for iteration in 0..<iterations {
            // Nesterov: look ahead along the last move.
            let momentum = Double(iteration) / Double(iteration + 3)
            var ahead = weights
            for position in ahead.indices { ahead[position] += momentum * (weights[position] - previous[position]) }
            let aheadBias = bias + momentum * (bias - previousBias)
            for position in gradient.indices { gradient[position] = l2 * ahead[position] }
            var biasGradient = 0.0
            for row in rows {
                var margin = aheadBias
                for position in row.columns { margin += ahead[position] * row.scale }
                let error = (sigmoid(margin) - row.target) / count
                biasGradient += error
                for position in row.columns { gradient[position] += error * row.scale }
            }
            previous = weights
            previousBias = bias
            for position in weights.indices { weights[position] = ahead[position] - step * gradient[position] }
            bias = aheadBias - step * biasGradient
        }
        var table: [UInt64: Double] = [:]
        for (position, feature) in vocabulary.enumerated() where weights[position] != 0 { table[feature] = weights[position] }
        return LogisticRegression(weights: table, bias: bias)
    }
}

@inline(__always)
func sigmoid(_ value: Double) -> Double {
    value >= 0 ? 1 / (1 + exp(-value)) : exp(value) / (1 + exp(value))
}

/// The log-odds of a probability, kept finite.
@inline(__always)
func logit(_ probability: Double) -> Double {
    let clamped = min(max(probability, 0.01), 0.99)
    return log(clamped / (1 - clamped))
}
