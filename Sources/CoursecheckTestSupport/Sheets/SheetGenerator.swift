import CoursecheckMaths
import Foundation

/// Renders the *whole* submitted sheet (Part I's table and every Part II
/// answer), and sheets with one slip from the diagnosis catalogue planted,
/// through equivalent writings along independent axes: the maths axes of
/// `NotationGenerator` (its `Style`, one per sheet, as a student writes one
/// way throughout) and the whole-sheet ones — file format, block layout,
/// heading style, display wrapper and environment, Part I's table, number
/// grouping, Question 4's count form, the triplet notation, notebook cells,
/// Word's equation layout. Every rendering is a literal string written here,
/// never produced from the product's command table or its writers.
///
/// What a variant must verify to is not written here either: it is the
/// verdicts of its canonical form (`canonical(_:)`: the same claims in
/// plain Markdown), computed by the library as `verify` does.
public struct SheetGenerator {
    public enum Format: String, CaseIterable, Sendable {
        case md, txt, tex, ipynb, docx, html
        /// Formats read through a pandoc subprocess.
        public var throughPandoc: Bool { self == .html }
    }

    /// A slip planted in one answer: the check it must not leave correct.
    public struct Slip: Sendable, Hashable {
        /// The answer's check id (`part2.q5.3.f_2`, `part2.q4.all`, `part1.rnn.parameters`).
        public var answer: String
        /// The catalogue's name for it: wrong sign, unscaled loss, wrong sample, dropped term, wrong count.
        public var kind: String
    }

    /// One rendered sheet.
    public struct Sheet: Sendable {
        public var format: Format
        /// The file's name (its extension chooses the reader, as for `verify`).
        public var name: String { "sheet." + format.rawValue }
        public var data: Data
        /// What distinctness is judged on: the text, or a .docx's document.xml.
        public var text: String
        public var axes: [String: String]
        public var content: SheetContent
        public var slip: Slip?
    }

    var notation: NotationGenerator
    var axes: [String: String] = [:]
    /// The answers a slip may be planted in (those the unslipped canonical
    /// sheet has correct), sorted.
    let plantable: [String]
    /// Axis values left out of the run (known reader gaps), as `axis=value`.
    let excluded: Set<String>
    /// Whether formats read through pandoc may still be drawn.
    public var pandocAllowed = true

    public init(seed: UInt64, plantable: [String], excluding excluded: Set<String> = []) {
        notation = NotationGenerator(seed: seed)
        self.plantable = plantable.sorted()
        self.excluded = excluded
    }

    mutating func random() -> UInt64 { notation.random.next() }

    /// One value of a whole-sheet axis, recorded; known gaps are never drawn.
    mutating func pick(_ axis: String, _ values: [String]) -> String {
        let allowed = values.filter { !excluded.contains("\(axis)=\($0)") }
        let value = allowed.isEmpty ? values[0] : allowed[Int(random() % UInt64(allowed.count))]
        axes[axis] = value
        return value
    }

    /// The next sheet. A known gap that names one axis value is never
    /// drawn; one that names several (`a=x & b=y`) is drawn again.
    public mutating func next() throws -> Sheet {
        let combinations = excluded.filter { $0.contains(" & ") }.map { $0.components(separatedBy: " & ") }
        for _ in 0..<100 {
            let sheet = try draw()
            let values = Set(sheet.axes.map { "\($0.key)=\($0.value)" })
            if !combinations.contains(where: { $0.allSatisfy(values.contains) }) { return sheet }
        }
        return try draw()
    }

    mutating func draw() throws -> Sheet {
        axes = [:]
        var content = SheetContent.submitted
        // One slip in about half the sheets.
        var slip: Slip?
        if random() % 2 == 0, !plantable.isEmpty {
            let answer = plantable[Int(random() % UInt64(plantable.count))]
            slip = content.plant(in: answer, choose: { pick("planted slip", $0) })
        } else {
            axes["planted slip"] = "none"
        }
        // The maths notation, one per sheet; a style the known gaps exclude is drawn again.
        var style = Style()
        for _ in 0..<50 {
            notation.axes = [:]
            style = notation.pickStyle(kind: "sheet", triplet: nil)
            if !notation.axes.contains(where: { excluded.contains("\($0.key)=\($0.value)") }) { break }
        }
        var formats = style.script == "TeX" ? ["md", "md", "md", "tex", "tex", "ipynb", "ipynb", "docx", "docx", "txt"] : ["md", "txt", "txt", "ipynb"]
        if pandocAllowed, style.script == "TeX", random() % 40 == 0 { formats = ["html"] }
        let format = Format(rawValue: pick("file format", formats))!
        switch format {
        case .docx:
            // Word's maths is Office Math: the TeX axes do not apply.
            let xml = wordDocument(content)
            return Sheet(format: format, data: try WordFixture.docx(xml), text: xml, axes: axes, content: content, slip: slip)
        default:
            for (axis, value) in notation.axes where axis != "loss label" { axes[axis] = value }
            let sections = blocks(content, style: style, format: format)
            let text: String
            switch format {
            case .tex: text = latex(sections)
            case .ipynb: text = notebook(sections)
            case .html: text = html(sections)
            default: text = markdown(sections)
            }
            return Sheet(format: format, data: Data(text.utf8), text: text, axes: axes, content: content, slip: slip)
        }
    }
}

/// The claims of a sheet: the submitted sheet's, perhaps with a slip.
public struct SheetContent: Sendable {
    public typealias Terms = SubmittedAnswers.Terms
    public var models: [(name: String, parameters: Int, accuracy: String)]
    public var question2: [(Symbol, Terms)]
    public var question3: [(Symbol, Terms)]
    public var allTriplets: Int
    public var validTriplets: Int
    public var triplets: [[Int]]
    public var question5: [[Terms]]
    public var question6: [(working: [Terms], result: Terms)]

    public static let submitted = SheetContent(
        models: SubmittedAnswers.part1, question2: SubmittedAnswers.question2, question3: SubmittedAnswers.question3,
        allTriplets: SubmittedAnswers.allTriplets, validTriplets: SubmittedAnswers.validTriplets, triplets: SubmittedAnswers.triplets,
        question5: SubmittedAnswers.question5, question6: SubmittedAnswers.question6)

    /// Every answer a slip can be planted in, by its check id.
    public static var answers: [String] {
        var ids = SubmittedAnswers.part1.map { "part1.\(Self.slug($0.name)).parameters" }
        ids += ["a", "p", "n"].flatMap { r in ["part2.q2.f_\(r)", "part2.q3.f_\(r)"] }
        ids += ["part2.q4.all", "part2.q4.valid"]
        ids += (1...8).flatMap { k in (1...6).map { "part2.q5.\(k).f_\($0)" } }
        ids += (1...6).map { "part2.q6.f_\($0)" }
        return ids
    }

    /// A model's name as its check id writes it.
    public static func slug(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: " ", with: "-")
    }

    /// Plants a slip in the answer `id`; `choose` picks among the kinds that apply.
    mutating func plant(in id: String, choose: ([String]) -> String) -> SheetGenerator.Slip? {
        let parts = id.split(separator: ".").map(String.init)
        func derivative(_ terms: inout Terms, pool: [Symbol]) -> String {
            var kinds = ["wrong sign", "unscaled loss", "wrong sample"]
            if terms.count > 1 { kinds.append("dropped term") }
            if terms.isEmpty { kinds = ["wrong sample"] }
            let kind = choose(kinds)
            terms = Slips.plant(["wrong sign": "sign", "unscaled loss": "scale", "dropped term": "dropped term"][kind] ?? "substitution",
                                in: terms, pool: pool)
            return kind
        }
        let roles = Symbol.roles, samples = (1...6).map(Symbol.sample)
        func index(_ s: String) -> Int? { s.hasPrefix("f_") ? Int(s.dropFirst(2)) : nil }
        switch (parts[0], parts[1]) {
        case ("part1", _):
            guard let i = models.firstIndex(where: { Self.slug($0.name) == parts[1] }) else { return nil }
            models[i].parameters += 400
            return .init(answer: id, kind: choose(["wrong count"]))
        case ("part2", "q2"), ("part2", "q3"):
            let role = ["f_a": 0, "f_p": 1, "f_n": 2][parts[2]]!
            var kind = ""
            if parts[1] == "q2" { kind = derivative(&question2[role].1, pool: roles) } else { kind = derivative(&question3[role].1, pool: roles) }
            return .init(answer: id, kind: kind)
        case ("part2", "q4"):
            let kind = choose(["wrong count"])
            if parts[2] == "all" { allTriplets += 1 + Int(allTriplets % 7) } else { validTriplets += 6 }
            return .init(answer: id, kind: kind)
        case ("part2", "q5"):
            let k = Int(parts[2])!, i = index(parts[3])!
            return .init(answer: id, kind: derivative(&question5[k - 1][i - 1], pool: samples))
        case ("part2", "q6"):
            let i = index(parts[2])!
            return .init(answer: id, kind: derivative(&question6[i - 1].result, pool: samples))
        default: return nil
        }
    }
}
