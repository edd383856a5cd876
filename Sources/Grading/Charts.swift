import Foundation

/// The class report's pictures, written as SVG here (no plotting service):
/// fixed sizes and number formats, so the same class gives the same bytes.
enum Charts {
    static func number(_ x: Double) -> String { String(format: "%.1f", x) }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Width of a label in the chart's 11-pixel sans-serif, generously.
    static func textWidth(_ s: String) -> Double { Double(s.count) * 7 }

    /// Vertical bars: one per label, height proportional to the value; a nil
    /// value draws no bar and says "n/a". Labels are turned 45° and the
    /// picture is made tall and wide enough for the longest, never cut.
    static func bars(title: String, labels: [String], values: [Double?], maximum: Double, valueLabels: [String]) -> String {
        let diagonal = (labels.map(textWidth).max() ?? 0) * 0.7072
        let left = max(50.0, diagonal + 10), top = 40.0, plot = 160.0
        let bottom = top + plot
        let width = left + Double(labels.count) * 44.0 + 10, height = bottom + 20 + diagonal
        let scale = maximum > 0 ? plot / maximum : 0
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height))\" "
            + "viewBox=\"0 0 \(number(width)) \(number(height))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(number(width / 2))\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">\(escape(title))</text>\n"
        out += "<line x1=\"\(number(left - 5))\" y1=\"\(number(bottom))\" x2=\"\(number(width - 5))\" y2=\"\(number(bottom))\" stroke=\"black\"/>\n"
        for (k, value) in values.enumerated() {
            let x = left + Double(k) * 44.0
            if let value {
                let h = value * scale
                out += "<rect x=\"\(number(x))\" y=\"\(number(bottom - h))\" width=\"36.0\" height=\"\(number(h))\" fill=\"#4a7fb5\"/>\n"
                out += "<text x=\"\(number(x + 18))\" y=\"\(number(bottom - h - 4))\" text-anchor=\"middle\">\(escape(valueLabels[k]))</text>\n"
            } else {
                out += "<text x=\"\(number(x + 18))\" y=\"\(number(bottom - 4))\" text-anchor=\"middle\" fill=\"#777777\">n/a</text>\n"
            }
            out += "<text x=\"\(number(x + 18))\" y=\"\(number(bottom + 14))\" text-anchor=\"end\" "
                + "transform=\"rotate(-45 \(number(x + 18)) \(number(bottom + 14)))\">\(escape(labels[k]))</text>\n"
        }
        return out + "</svg>\n"
    }

    static func histogram(_ bins: [Int]) -> String {
        bars(title: "Scores (percent of the maximum)", labels: bins.indices.map { "\($0 * 10)–\($0 * 10 + 10)" },
             values: bins.map(Double.init), maximum: Double(bins.max() ?? 0), valueLabels: bins.map(String.init))
    }

    /// Facility per question; a question no one can score (n = 0) is "n/a".
    static func facility(_ figures: [ClassStatistics.QuestionFigures]) -> String {
        bars(title: "Facility per question (mean points / maximum)", labels: figures.map(\.key),
             values: figures.map(\.facility), maximum: 1, valueLabels: figures.map { $0.facility.map { String(format: "%.2f", $0) } ?? "n/a" })
    }
}
