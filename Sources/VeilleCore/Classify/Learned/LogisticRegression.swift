import Foundation

/// A yes/no logistic regression over sparse features, trained by full-batch gradient descent
/// (with Nesterov momentum) and an L2 penalty.
///
/// Why this and not naive Bayes: its probabilities are calibrated well enough to be blended with
/// the rules' score, which is what the classifier does. Full-batch training makes it deterministic
/// (the same examples give the same weights) and needs no learning-rate schedule.
///
/// Each example's feature values are expected to have unit length (callers scale them), so a long
/// release does not weigh more than a short one, and a feature only enters the vocabulary when at
/// least `minimumDocuments` training examples have it: a word seen once says more about that
/// release than about its topic.
struct LogisticRegression: Sendable {
    struct Example: Sendable {
        /// Sorted, distinct feature hashes.
        var features: [UInt64]
        /// Each feature's value, in the same order.
        var values: [Double]
        var positive: Bool
    }

    var weights: [UInt64: Double]
    var bias: Double

    static let minimumDocuments = 2

    /// The probability that an example with these features is a positive.
    func probability(of features: [UInt64], values: [Double]) -> Double {
        sigmoid(margin(of: features, values: values))
    }

    /// The margin (log-odds) of an example.
    func margin(of features: [UInt64], values: [Double]) -> Double {
        var sum = bias
        for (feature, value) in zip(features, values) { sum += (weights[feature] ?? 0) * value }
        return sum
    }

    /// Each known feature's share of the margin, strongest first.
    func contributions(of features: [UInt64], values: [Double]) -> [(feature: UInt64, weight: Double)] {
        zip(features, values).compactMap { feature, value in weights[feature].map { (feature, $0 * value) } }
            .sorted { abs($0.weight) > abs($1.weight) }
    }

    /// Fits weights to `examples`. `l2` is the penalty on half the squared weights, added to the
    /// mean log loss (the bias is free).
    static func train(_ examples: [Example], l2: Double, iterations: Int = 200) -> LogisticRegression {
        // 1. The vocabulary: features shared by enough examples, numbered densely.
        var documents: [UInt64: Int] = [:]
        for example in examples { for feature in example.features { documents[feature, default: 0] += 1 } }
        let vocabulary = documents.filter { $0.value >= minimumDocuments }.keys.sorted()
        var column: [UInt64: Int] = [:]
        for (position, feature) in vocabulary.enumerated() { column[feature] = position }
        var starts = [0]
        var columns: [Int] = []
        var values: [Double] = []
        var targets: [Double] = []
        for example in examples {
            for (feature, value) in zip(example.features, example.values) {
                guard let position = column[feature] else { continue }
                columns.append(position)
                values.append(value)
            }
            starts.append(columns.count)
            targets.append(example.positive ? 1 : 0)
        }
        let (weights, bias) = descend(
            starts: starts, columns: columns, values: values, targets: targets, width: vocabulary.count, l2: l2,
            iterations: iterations)
        var table: [UInt64: Double] = [:]
        for (position, feature) in vocabulary.enumerated() where weights[position] != 0 { table[feature] = weights[position] }
        return LogisticRegression(weights: table, bias: bias)
    }

    /// Gradient descent on the mean log loss plus the penalty, over rows stored back to back
    /// (`starts` delimits each row in `columns` and `values`). Rows have at most unit length, so
    /// the loss's gradient is 1/4-Lipschitz and a step of 1/(1/4 + l2) is safe.
    static func descend(
        starts: [Int], columns: [Int], values: [Double], targets: [Double], width: Int, l2: Double, iterations: Int
    ) -> (weights: [Double], bias: Double) {
        let count = Double(max(targets.count, 1))
        let step = 1 / (0.25 + l2)
        var weights = [Double](repeating: 0, count: width)
        var bias = 0.0
        var previous = weights
        var previousBias = bias
        var ahead = weights
        var gradient = weights
        columns.withUnsafeBufferPointer { columns in
            values.withUnsafeBufferPointer { values in
                for iteration in 0..<iterations {
                    // Nesterov: look ahead along the last move.
                    let momentum = Double(iteration) / Double(iteration + 3)
                    for position in 0..<width {
                        ahead[position] = weights[position] + momentum * (weights[position] - previous[position])
                        gradient[position] = l2 * ahead[position]
                    }
                    let aheadBias = bias + momentum * (bias - previousBias)
                    var biasGradient = 0.0
                    for row in targets.indices {
                        var margin = aheadBias
                        for entry in starts[row]..<starts[row + 1] { margin += ahead[columns[entry]] * values[entry] }
                        let error = (sigmoid(margin) - targets[row]) / count
                        biasGradient += error
                        for entry in starts[row]..<starts[row + 1] { gradient[columns[entry]] += error * values[entry] }
                    }
                    swap(&previous, &weights)
                    previousBias = bias
                    for position in 0..<width { weights[position] = ahead[position] - step * gradient[position] }
                    bias = aheadBias - step * biasGradient
                }
            }
        }
        return (weights, bias)
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

extension LogisticRegression {
    /// Presence features, each worth 1/√n so that together they have unit length.
    static func presence(_ count: Int) -> [Double] {
        count == 0 ? [] : Array(repeating: 1 / Double(count).squareRoot(), count: count)
    }

    func probability(of features: [UInt64]) -> Double {
        probability(of: features, values: Self.presence(features.count))
    }

    func contributions(of features: [UInt64]) -> [(feature: UInt64, weight: Double)] {
        contributions(of: features, values: Self.presence(features.count))
    }
}

extension LogisticRegression.Example {
    /// An example of presence features (sorted and distinct).
    init(features: [UInt64], positive: Bool) {
        self.init(features: features, values: LogisticRegression.presence(features.count), positive: positive)
    }
}
