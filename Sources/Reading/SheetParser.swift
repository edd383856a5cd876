import CoursecheckAssignment
import CoursecheckMaths

/// Reads a sheet into claims, question by question.
///
/// Part II questions: 2 and 3 (derivatives with respect to f_a, f_p, f_n),
/// 4 (two counts and their reasoning), 5 (the triplet list), 5.k
/// (derivatives of the k-th triplet's loss), 6 (derivatives of the sum).
/// Whatever cannot be read becomes a `SheetProblem` with its location; the
/// parser never skips an answer in silence and never traps.
public struct SheetParser: Sendable {
    public let part: Assignment.TripletPart
    /// Longest math fragment read, in Unicode scalars.
    public static let maximumFragment = 20_000

    /// The names of Part I's models (a list line that starts with one is a
    /// row of Part I).
    public let models: [String]

    public init(part: Assignment.TripletPart, models: [String] = []) {
        self.part = part
        self.models = models
    }

    public func parse(_ text: SheetText) -> ParsedSheet {
        var sheet = ParsedSheet(path: text.path)
        sheet.converted = text.format == .word || text.format == .html
        sheet.sections = SheetSection.split(text)
        var q5Label: Int?
        // Part I is its table, under `Part I` or `Question 1` (Part II's
        // questions start at 2). Numbered questions are Part II's wherever
        // they stand: Part I has none, so its heading is optional.
        for section in sheet.sections where section.heading == .part(1) || section.heading == .question(1, sub: nil) {
            parseTable(section, into: &sheet)
        }
        for section in sheet.sections {
            guard case let .question(n, sub) = section.heading, let question = section.question, (n, sub) != (1, nil) else { continue }
            // A section's math is scanned once: an unclosed delimiter is one
            // problem, whichever readers use the fragments.
            let math = { mathFragments(of: section, question: question, into: &sheet) }
            switch (n, sub) {
            case (2, nil), (3, nil):
                parseDerivatives(math(), question: question, symbols: Symbol.roles, into: &sheet, label: &q5Label)
            case (4, nil):
                parseCounts(section, into: &sheet)
            case (5, nil):
                let fragments = math()
                parseTriplets(fragments.map(\.fragment), section: section, into: &sheet)
                parseDerivatives(fragments, question: question, symbols: part.sampleSymbols, into: &sheet, label: &q5Label)
            case (5, let k?) where (1...part.triplets.count).contains(k):
                var label: Int? = k
                parseDerivatives(math(), question: question, symbols: part.sampleSymbols, into: &sheet, label: &label)
            case (6, nil):
                parseDerivatives(math(), question: question, symbols: part.sampleSymbols, into: &sheet, label: &q5Label)
            default:
                let range = "Part II has Questions 2–6 and 5.1–5.\(part.triplets.count)"
                sheet.problems.append(problem(.unplaced(question, section.location), section.location,
                                              "question number out of range", detail: range))
            }
        }
        return sheet
    }

    /// The math pieces of a section, or its non-empty lines when it has no
    /// math at all (a plain-text answer). An unclosed delimiter is a problem.
    func mathFragments(of section: SheetSection, question: QuestionID, into sheet: inout ParsedSheet) -> [MathFragment] {
        // Tables of derivatives are read cell by cell; their lines are blanked.
        let (body, tableCells) = AnswerTable.extract(from: section.body)
        func merged(_ fragments: [MathFragment]) -> [MathFragment] {
            guard !tableCells.isEmpty else { return fragments }
            return (fragments + tableCells).enumerated().sorted {
                ($0.element.fragment.start.line, $0.offset) < ($1.element.fragment.start.line, $1.offset)
            }.map(\.element)
        }
        switch MathScanner.scan(body) {
        case .failure(let unclosed):
            sheet.problems.append(problem(.unplaced(question, unclosed.location), unclosed.location,
                                          "unclosed '\(unclosed.delimiter)'"))
            return []
        case .success(let pieces):
            var math: [MathFragment] = []
            var prose = ""
            // Without any maths delimiter, every line is read (below).
            let hasMath = pieces.contains { if case .math = $0 { true } else { false } }
            for (index, piece) in pieces.enumerated() {
                switch piece {
                case .prose(let f):
                    prose = String(f.text)
                    guard hasMath else { continue }
                    let followedByMath = index + 1 < pieces.count
                    // A whole line of prose that is a derivative written
                    // without delimiters (`dL/df_2 = f_2 - f_1`, in a code
                    // block or not), or a line of a chain (`= …`), is read
                    // like maths.
                    let lines = Self.derivativeLines(in: f, followedByMath: followedByMath)
                    math += lines
                    if !lines.isEmpty { prose = "" }
                case .math(let f):
                    math.append(MathFragment(fragment: f, proseBefore: prose))
                    prose = ""
                }
            }
            if !math.isEmpty { return merged(math) }
            // No maths delimiters: every line is read, its leading prose
            // words aside.
            var lines: [MathFragment] = []
            var line = body.start
            for text in body.text.split(separator: "\n", omittingEmptySubsequences: false) {
                if text.contains(where: { !$0.isWhitespace }) { lines.append(MathFragment(fragment: Fragment(text, start: line), proseBefore: "")) }
                line = SourceLocation(line: line.line + 1, column: 1)
            }
            return merged(lines)
        }
    }

    /// The whole lines of a prose piece that begin with a derivative head or
    /// with `=` (list markers, quote marks and code fences aside).
    static func derivativeLines(in prose: Fragment, followedByMath: Bool) -> [MathFragment] {
        var result: [MathFragment] = []
        var offset = 0
        let lines = prose.text.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, line) in lines.enumerated() {
            defer { offset += line.unicodeScalars.count + 1 }
            // A piece's first and last lines may share their line with maths.
            if (n == 0 && prose.start.column > 1) || (n == lines.count - 1 && followedByMath) { continue }
            let lead = line.prefix { " \t>-*+`".contains($0) }
            let body = line.dropFirst(lead.count)
            // `= …` (or `&= …`) is a line of a chain: it continues the open
            // claim, or is reported; never left unread.
            let continues = body.hasPrefix("=") || body.hasPrefix("&=")
            guard body.contains("=") else { continue }
            if !continues {
                let tokens = Lexer.tokenize(body)
                guard let item = TokenItems.split(tokens).first, DerivativeHead.match(item) != nil else { continue }
            }
            let at = prose.location(at: offset + lead.unicodeScalars.count)
            result.append(MathFragment(fragment: Fragment(body, start: at), proseBefore: ""))
        }
        return result
    }

    func problem(_ id: AnswerID, _ location: SourceLocation, _ reason: String, detail: String? = nil) -> SheetProblem {
        SheetProblem(id: id, location: location, reason: reason, detail: detail)
    }
}

extension AnswerID {
    /// Text of `question` at `location` that no answer claims.
    static func unplaced(_ question: QuestionID, _ location: SourceLocation) -> AnswerID {
        AnswerID(question, .unplaced(line: location.line, column: location.column))
    }
}

/// A piece of maths with the prose just before it, which says whether a bare
/// expression is an answer's result (`which gives $…$`) or a mention
/// (`where $f_5$ is the negative`).
struct MathFragment {
    var fragment: Fragment
    var proseBefore: String
}
