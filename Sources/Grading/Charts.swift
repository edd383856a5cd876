import Foundation

/// The class report's pictures, written as SVG here (no plotting service):
/// fixed sizes and number formats, so the same class gives the same bytes.
enum Charts {
    static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Vertical bars: one per label, height proportional to the value.
    static func bars(title: String, labels: [String], values: [Double], maximum: Double, valueLabels: [String]) -> String {
        let width = 60.0 + Double(labels.count) * 44.0, height = 260.0
        let top = 40.0, bottom = 200.0, left = 50.0
        let scale = maximum > 0 ? (bottom - top) / maximum : 0
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(number(width / 2))\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">\(escape(title))</text>\n"
        out += "<line x1=\"\(number(left - 5))\" y1=\"\(number(bottom))\" x2=\"\(number(width - 5))\" y2=\"\(number(bottom))\" stroke=\"black\"/>\n"
        for (k, value) in values.enumerated() {
            let x = left + Double(k) * 44.0
            let h = value * scale
            out += "<rect x=\"\(number(x))\" y=\"\(number(bottom - h))\" width=\"36.0\" height=\"\(number(h))\" fill=\"#4a7fb5\"/>\n"
            out += "<text x=\"\(number(x + 18))\" y=\"\(number(bottom - h - 4))\" text-anchor=\"middle\">\(escape(valueLabels[k]))</text>\n"
            out += "<text x=\"\(number(x + 18))\" y=\"\(number(bottom + 14))\" text-anchor=\"end\" "
                + "transform=\"rotate(-45 \(number(x + 18)) \(number(bottom + 14)))\">\(escape(labels[k]))</text>\n"
        }
        return out + "</svg>\n"
    }

    static func histogram(_ bins: [Int]) -> String {
        bars(title: "Scores (percent of each student's maximum)", labels: bins.indices.map { "\($0 * 10)–\($0 * 10 + 10)" },
             values: bins.map(Double.init), maximum: Double(bins.max() ?? 0), valueLabels: bins.map(String.init))
    }

    static func facility(_ figures: [ClassStatistics.QuestionFigures]) -> String {
        bars(title: "Facility per question (mean points / maximum)", labels: figures.map(\.key),
             values: figures.map(\.facility), maximum: 1, valueLabels: figures.map { String(format: "%.2f", $0.facility) })
    }
}
