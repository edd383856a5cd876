import Foundation
import CoursecheckAssignment
import CoursecheckMaths
import CoursecheckNotation

/// Values listed after the answers, words calling them the answers:
///
/// ```
/// $$\frac{\partial L}{\partial f_a} = \begin{cases} f_n - f_p & \text{if } L > 0 \\ 0 & \text{otherwise} \end{cases}$$
/// …
/// Here the hinge is active, so the answers are the first cases: $f_n - f_p$, $f_p - f_a$ and $f_n - f_a$.
/// ```
///
/// The list restates the answers just read, in the order they were
/// written: it adds none and corrects none. Each value must be the answer
/// in its place; one that differs, or a list of another length than the
/// answers, leaves the answers it may speak of to a person, since which of
/// the two the student means cannot be told. Not in Question 5, whose
/// answers are renamed from roles to samples (`parseDerivatives` reads no
/// run there); not values under a condition ("when the hinge is inactive,
/// the values are …"); only values in maths or a plain-text line's items,
/// one piece each.
extension SheetParser {
    /// The nouns that call values the answers ("the answers are", "the
    /// final values:", "i.e. the results").
    static let restatingNouns: Set<String> = ["answers", "values", "results"]

    /// Words that put values under a condition ("when the hinge is
    /// inactive, the values are …"): no restatement.
    static let conditionWords: Set<String> = ["if", "when", "whenever", "inactive", "otherwise", "were", "would", "unless"]

    /// What may stand between two values of a restating list.
    static let listSeparators: Set<String> = [",", "and", ", and", ",and"]

    /// The runs of pieces that restate the answers: the first after words
    /// whose last clause names the answers in the plural and announces
    /// them (`so the answers are the first cases:`), the others in its
    /// paragraph after a comma or "and" alone; each piece values only (no
    /// derivative, no `=`), two values or more in all.
    static func restatementRuns(_ pieces: [MathFragment], maths: MathContext, naming: SampleNaming) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        while i < pieces.count {
            let clause = Prose.sentences(pieces[i].proseBefore.lowercased(), clauses: true).last.map(String.init) ?? ""
            let words = clause.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // (`When the hinge is inactive, the values are $0$, $0$ and $0$.`:
            // values under a condition restate nothing.)
            guard words.contains(where: restatingNouns.contains), !words.contains(where: conditionWords.contains),
                  Prose.announcesResult(clause), let (j, count) = valueRun(pieces, from: i, maths: maths, naming: naming) else {
                i += 1
                continue
            }
            if count >= 2 { runs.append(i..<j) }
            i = j
        }
        return runs
    }

    /// The run of pieces of values only from `i` (no derivative, no `=`,
    /// no words before a value), the later ones in its paragraph after a
    /// comma or "and" alone: where it ends and how many values it holds;
    /// nil when piece `i` holds no values only.
    static func valueRun(_ pieces: [MathFragment], from i: Int, maths: MathContext, naming: SampleNaming) -> (end: Int, count: Int)? {
        func values(_ piece: MathFragment) -> Int? {
            let items = maths.read(piece.fragment, plainText: piece.plainText).items
            guard !items.isEmpty, items.allSatisfy({ item in
                item.sides.count == 1 && !item.mentionsDerivative && item.head(naming) == nil && !item.isBareHead(naming)
                    && item.leadingProse(naming).count == 0 && MathItem.holdsValue(item.nodes, naming)
            }) else { return nil }
            return items.count
        }
        guard let first = values(pieces[i]) else { return nil }
        var count = first
        var j = i + 1
        while j < pieces.count, pieces[j].paragraph == pieces[i].paragraph,
              listSeparators.contains(pieces[j].proseBefore.trimmingCharacters(in: .whitespaces).lowercased()),
              let more = values(pieces[j]) {
            count += more
            j += 1
        }
        return (j, count)
    }

    /// Checks a run of restating values against the answers the section
    /// read before it (from `from` on), in the order they were written.
    func checkRestatement(_ run: ArraySlice<MathFragment>, question: QuestionID, from: SourceLocation?, maths: MathContext,
                          naming: SampleNaming, allowed: Set<Symbol>, into sheet: inout ParsedSheet) {
        guard let start = run.first?.fragment.start else { return }
        var values: [(LinearExpression?, SourceLocation, String)] = []
        for piece in run {
            let span = maths.read(piece.fragment, plainText: piece.plainText)
            for item in span.items {
                let value = try? Self.chain(item.nodes, in: span, naming: naming, allowed: allowed)
                values.append((value?.values.count == 1 ? value?.values[0] : nil, span.location(item.range.lowerBound), span.text(item.range)))
            }
        }
        let answered = sheet.derivatives.compactMap { id, claims -> (AnswerID, DerivativeClaim)? in
            guard id.question == question, let last = claims.last(where: { c in c.location < start && from.map { c.location >= $0 } ?? true })
            else { return nil }
            return (id, last)
        }.sorted { $0.1.location < $1.1.location }
        guard answered.count == values.count else {
            for (id, _) in answered {
                sheet.problems.append(problem(id, start, "values restating the answers (\"the answers are …\"), \(values.count) of them for \(answered.count) answers: which they restate is for a person",
                                              detail: values.map(\.2).joined(separator: ", ")))
            }
            if answered.isEmpty {
                sheet.problems.append(problem(.unplaced(question, start), start, "values restating answers that were not read", detail: values.map(\.2).joined(separator: ", ")))
            }
            return
        }
        for ((id, claim), (value, at, text)) in zip(answered, values) where value != claim.answer {
            sheet.problems.append(problem(id, at, "a value restating the answer (\"the answers are …\") that differs from it: which the student means is for a person",
                                          detail: text))
        }
    }
}
