import CoursecheckDocument
import Foundation

extension SheetParser {
    /// A plain-text table of working set out with tabs, its header saying
    /// what each column holds: `⇥terms⇥sum` (or `gradient⇥terms⇥total`),
    /// then a row a derivative, `∂L/∂f₁⇥(f₅ − f₂) + …⇥2f₁ − …`. The header
    /// names the columns after the derivative's: working, then its result
    /// last. Nil for any other line.
    static func tabbedWorkingHeader(_ line: Substring) -> Int? {
        guard line.contains("\t") else { return nil }
        var cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: .whitespaces).lowercased() }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        // The derivative's column, when it is named.
        if let first = cells.first, ["gradient", "derivative", "partial", "grad", "∂", "d/df"].contains(where: { first.hasPrefix($0) }) { cells.removeFirst() }
        guard cells.count >= 2, cells.allSatisfy({ !$0.isEmpty && !$0.contains("=") }) else { return nil }
        let results = ["sum", "total", "result", "simplified"]
        let working = ["terms", "term", "working", "contributions", "steps", "expansion", "sum of terms"]
        guard results.contains(where: { cells.last!.hasPrefix($0) }),
              cells.dropLast().allSatisfy({ cell in working.contains(where: { cell.hasPrefix($0) }) }) else { return nil }
        return cells.count + 1
    }

    /// A row under such a header, `head⇥working⇥result` with as many cells
    /// as the header's columns, read as the chain `head = working = result`
    /// (each cell at its place); nil when the row is not one (another
    /// number of cells, a cell with its own `=`, a first cell that does not
    /// open with a derivative's sign).
    static func tabbedWorkingRow(_ line: Fragment, columns: Int) -> Fragment? {
        let scalars = Array(line.text.unicodeScalars)
        var bounds: [Range<Int>] = []
        var start = 0
        for (k, s) in scalars.enumerated() where s == "\t" {
            bounds.append(start..<k)
            start = k + 1
        }
        bounds.append(start..<scalars.count)
        bounds = bounds.map { r in
            var lower = r.lowerBound, upper = r.upperBound
            while lower < upper, scalars[lower] == " " { lower += 1 }
            while upper > lower, scalars[upper - 1] == " " { upper -= 1 }
            return lower..<upper
        }
        guard bounds.count == columns, bounds.allSatisfy({ !$0.isEmpty }),
              !scalars.contains("="), let first = bounds.first else { return nil }
        let head = String(String.UnicodeScalarView(scalars[first]))
        guard ["∂", "d", "∇", "grad", "nabla", "partial"].contains(where: { head.hasPrefix($0) }) else { return nil }
        var text = String.UnicodeScalarView()
        var jumps: [Fragment.Jump] = []
        for (n, r) in bounds.enumerated() {
            if n > 0 { text.append(contentsOf: " = ".unicodeScalars) }
            if text.count > 0 { jumps.append(Fragment.Jump(offset: text.count, location: line.location(at: r.lowerBound))) }
            text.append(contentsOf: scalars[r])
        }
        return Fragment(Substring(String(text)), start: line.location(at: first.lowerBound), jumps: jumps, fixed: line.fixed)
    }
}
