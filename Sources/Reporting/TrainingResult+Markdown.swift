import CoursecheckTraining
import Foundation

extension TrainingResult {
    /// The report of one training run: the accuracies with n and their
    /// binomial standard errors, then the loss of every epoch.
    public func markdown() -> String {
        var lines = [
            "# Training: `\(model)`, seed \(seed)",
            "",
            "Recipe: \(recipe.summary); input size \(sizes.inputSize), hidden size \(sizes.hiddenSize); tokenizer `\(recipe.tokenizer)`.",
            "Data: \(nTrain) training, \(nValidation) validation, \(nTest) test examples; classes \(classes.map { "`\($0)`" }.joined(separator: ", ")); "
                + "vocabulary \(vocabulary) (\(unknownWords) without a vector); \(parameters) parameters; data fingerprint `\(dataFingerprint.prefix(16))…`.",
            "",
            "| Split | Accuracy | n | Standard error |",
            "|---|---:|---:|---:|",
            "| validation (epoch \(bestEpoch)) | \(Self.percent(validationAccuracy)) | \(nValidation) | \(Self.percent(validationStandardError)) |",
            "| test | \(Self.percent(testAccuracy)) | \(nTest) | \(Self.percent(testStandardError)) |",
            "",
            "The parameters of epoch \(bestEpoch), the lowest validation loss, are kept; the test split is evaluated once, with them.",
            "",
            "| Epoch | Training loss | Validation loss | Validation accuracy |\(epochSeconds == nil ? "" : " Seconds |")",
            "|---:|---:|---:|---:|\(epochSeconds == nil ? "" : "---:|")",
        ]
        for (k, r) in history.enumerated() {
            let seconds = epochSeconds.map { k < $0.count ? " \(String(format: "%.1f", $0[k])) |" : " |" } ?? ""
            lines.append("| \(r.epoch)\(r.epoch == bestEpoch ? " ★" : "") | \(String(format: "%.4f", r.trainLoss)) | "
                + "\(String(format: "%.4f", r.validationLoss)) | \(Self.percent(Double(r.validationCorrect) / Double(nValidation))) |\(seconds)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func percent(_ x: Double) -> String { String(format: "%.2f %%", 100 * x) }
}

extension AccuracyReference {
    /// A summary for people: per model the mean, sd and bands.
    public func markdown() -> String {
        var lines = [
            "# Accuracy reference",
            "",
            "Recipe: \(recipe.summary); input size \(sizes.inputSize), hidden size \(sizes.hiddenSize); K = \(seeds.count) seeds (\(seeds.map(String.init).joined(separator: ", "))).",
            "",
            "| Model | Mean | SD | n_test | 99 % band | 99.9 % band |",
            "|---|---:|---:|---:|---|---|",
        ]
        for m in models {
            let (inner, outer) = (m.band["0.995"] ?? .nan, m.band["0.9995"] ?? .nan)
            // A band's ends are shown within 0–100 %.
            let end = { (x: Double) in TrainingResult.percent(min(1, max(0, x))) }
            lines.append("| `\(m.slug)` | \(TrainingResult.percent(m.mean)) | \(TrainingResult.percent(m.standardDeviation)) | \(m.nTest) | "
                + "\(end(m.mean - inner))–\(end(m.mean + inner)) | \(end(m.mean - outer))–\(end(m.mean + outer)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
