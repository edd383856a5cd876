import Foundation
import CoursecheckAssignment

/// A part of a sheet under one heading: `Part II`, `Question 5`,
/// `Question 5.3`. A heading is a heading block, a line of a paragraph
/// (`**Question 5.3**`, `Question 5.3:`, `Q 5.3 -`, `5.3)`), or a list
/// item's label (`\item[Question 3]`); what follows it on its line is the
/// section's first text.
public struct SheetSection: Sendable {
    public enum Heading: Equatable, Sendable {
        case part(Int)
        case question(Int, sub: Int?)
    }

    public var heading: Heading
    /// A heading for Questions 2 and 3 at once (`Questions 2 and 3`): which
    /// of the section's answers is which question's is read by
    /// `SheetParser.parseCombined`.
    public var combined = false
    public var location: SourceLocation
    /// The leaf blocks under the heading, in reading order, up to the next
    /// heading.
    public var leaves: [Leaf]

    /// The Part II question the section answers, if it is one.
    public var question: QuestionID? {
        guard case let .question(n, sub) = heading else { return nil }
        return .partII(n, sub: sub)
    }
}

extension SheetSection {
    /// Splits a sheet's leaves into sections at its headings; what comes
    /// before the first heading is not an answer — but for a table of the
    /// models' counts there (`hw3 — J. Okafor`, then the table of counts
    /// and accuracies, then `**Q2**`) on a sheet with no heading of Part I,
    /// which is Part I's without its heading.
    /// `triplets`: Question 5's triplets (a line of a triplet's members
    /// alone heads its part only when they are that part's).
    public static func split(_ document: SheetDocument, triplets: [[Int]] = []) -> [SheetSection] {
        var sections: [SheetSection] = []
        // Whether Part I was headed by its letter alone (`A.`): only then
        // does `B.` alone head Part II (`numeralOutOfPlace`).
        var partOneByLetter = false
        // Whether the first section is Part I made for a table before any heading.
        var unheadedPartOne = false
        // The section a correction naming another question was read into
        // (`correctionReference`), and the heading the sheet was under: what
        // follows the correction goes on under that heading.
        var resumeAfter: (index: Int, heading: Heading)?
        // The section of a part of Question 5 that a line began (a triplet's
        // statement or label, its members alone), not a heading: only under
        // such a part does a line naming another triplet head that one.
        var lineBegunPart: Int?
        func add(_ leaf: Leaf) {
            if let r = resumeAfter, sections.count - 1 == r.index {
                sections.append(SheetSection(heading: r.heading, location: leaf.block.location, leaves: []))
            }
            resumeAfter = nil
            if sections.isEmpty, modelTable(leaf) {
                sections.append(SheetSection(heading: .part(1), location: leaf.block.location, leaves: []))
                unheadedPartOne = true
            }
            guard !sections.isEmpty else { return }
            sections[sections.count - 1].leaves.append(leaf)
        }
        // The last number of an ordered list an answer holds (`1) … 2) …`):
        // its next item goes on the list, it does not start a question.
        var answerList: Int?
        // How Question 5 was headed, once it was: what a number alone
        // under it heads (`nested`).
        var questionFive: QuestionFiveHeading?
        // The sections headed `### (6)` at Question 5's own level: part 5.6
        // or Question 6, by what they hold (`holdsSumsOverTriplets`).
        var nextQuestionOrPart: [Int] = []
        // Whether the part of Question 5 the sheet is in began at a letter
        // alone on its line (`(a)`), so that the next letter is the next part.
        var partsByLetter = false
        // Whether the part the sheet is in began at a line opening with its
        // label (`t1: …`), so that the next such line is the next part.
        var partsByLabel = false
        // Whether the part the sheet is in is an item of a numbered list of
        // the parts' answers, so that the next item is the next part.
        var partsByItem = false
        // Whether a numbered list's first item is Part I's heading (`1) Part
        // I`), so that its items number the questions: `2) …` is Question 2.
        var questionsByItem = false
        // Whether the sheet has headed a question by a number in parentheses
        // (`(2)`, `**(2)**`), so that the next such number heads the next.
        var bracketQuestions = false
        // Whether the part of Question 5 the sheet is in began at such a
        // number (`**(3)**`), so that the next counts on the parts.
        var bracketParts = false
        // The numbers in brackets that opened lines of the section the sheet
        // is in without heading anything (`(1) …` of an answer's own list),
        // and the section they are of.
        var bracketItems: [Int] = []
        var bracketItemsSection = -1
        // A line heads Question n (`2. …` in a paragraph, `(2) …`): the
        // ways of numbering the sheet was in start afresh.
        func openLineQuestion(_ n: Int, at location: SourceLocation) {
            sections.append(SheetSection(heading: .question(n, sub: nil), location: location, leaves: []))
            answerList = nil
            partsByLetter = false
            partsByLabel = false
            partsByItem = false
        }
        // A line heads part 5.k (or, k nil, a part of no triplet): the
        // part's own ways of numbering what follows start afresh.
        func openLinePart(_ k: Int?, at location: SourceLocation) {
            sections.append(SheetSection(heading: .question(5, sub: k), location: location, leaves: []))
            lineBegunPart = sections.count - 1
            partsByLetter = false
            partsByLabel = false
            partsByItem = false
            bracketParts = false
            answerList = nil
        }
        for (originalIndex, original) in document.leaves.enumerated() {
          // A display's rows headed by triplets' labels (`t_1:\;& …`) are
          // parts only under Question 5; the part the last opened ends with
          // the display (what follows is Question 5's again).
          let underFive: Bool = { if case .question(5, _)? = sections.last?.heading { true } else { false } }()
          let split = splitAtIntertextHeadings(original, tripletRows: underFive)
          defer {
              if underFive, split.contains(where: Self.isRowLabel), case .question(5, .some)? = sections.last?.heading {
                  sections.append(SheetSection(heading: .question(5, sub: nil), location: original.block.location, leaves: []))
              }
          }
          for (splitIndex, leaf) in split.enumerated() {
            // `\item[Question 3]`'s label, or a number alone on its line
            // (`3)`, which Markdown reads as an empty list item).
            let empty: Bool = { if case .paragraph(let i) = leaf.block.kind { return i.isEmpty }; return false }()
            if let marker = leaf.marker, marker.ordinal == nil || empty, let (read, _, _, _) = parseHeading(Substring(marker.text)) {
                // `\item[Question 3] …`: the label is the heading; `3)` alone
                // (an empty item) or `\item[(3)]` under Question 5 may be its
                // part (`nested`).
                let placed = nested(read, bare: isBareNumber(marker.text), level: nil, under: sections.last?.heading, questionFive: questionFive)
                let heading = placed.heading
                if placed.eitherSix { nextQuestionOrPart.append(sections.count) }
                if heading == .question(5, sub: nil) { questionFive = QuestionFiveHeading(level: nil, inWords: !isBareNumber(marker.text)) }
                var section = SheetSection(heading: heading, location: leaf.block.location, leaves: [])
                section.combined = combined(Substring(marker.text)) != nil
                sections.append(section)
                partsByLabel = false
                partsByItem = false
                answerList = nil
                var body = leaf
                body.marker = nil
                add(body)
                continue
            }
            // Under Question 5, an item labelled by a part's letter (the exam
            // class's `\part`, printed `(c)`; `\item[(c)]`; enumitem's
            // `(\alph*)`) is part 5.3, as `(c)` alone on its line is.
            if let marker = leaf.marker, marker.ordinal == nil, case .question(5, let sub)? = sections.last?.heading,
               sub == nil || partsByLetter,
               let k = letteredPart([.text(Fragment(Substring(marker.text), start: leaf.block.location))]) {
                sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                partsByLetter = true
                partsByLabel = false
                partsByItem = false
                answerList = nil
                var body = leaf
                body.marker = nil
                add(body)
                continue
            }
            // Under Question 5, an item labelled by a triplet (`\item[Triplet 6,
            // $(f_5, f_6, f_2)$]`, `\item[$t_6$:]`) is part 5.6; what its
            // label states of the triplet is read under it.
            if let marker = leaf.marker, marker.ordinal == nil, case .question(5, _)? = sections.last?.heading,
               let k = tripletHeading([.text(Fragment(Substring(marker.text), start: leaf.block.location))]) {
                sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                partsByLetter = false
                partsByLabel = false
                partsByItem = false
                answerList = nil
                if let label = marker.inlines, marker.text.contains("=") || marker.text.contains("(") {
                    var stated = leaf
                    stated.block = Block(.paragraph(label), at: leaf.block.location)
                    stated.marker = nil
                    add(stated)
                }
                var body = leaf
                body.marker = nil
                add(body)
                continue
            }
            // `2) With the hinge inactive …`: a top-level numbered item whose
            // number is the next question's, not an item of an answer's own list.
            // An item that opens with a label of its own (`6. **Question 5.6**: …`)
            // is headed by that label, not by its number in the list.
            if let marker = leaf.marker, let n = marker.ordinal, leaf.listDepth == 1 {
                // `1. params + acc` over Part I's lines: the first item, its
                // first line a title of Part I's subject, heads Part I.
                if n == 1, sections.isEmpty || sections.last?.heading == .part(1),
                   case .paragraph(let inlines) = leaf.block.kind, case let lines = ParagraphLines.lines(inlines), let first = lines.first,
                   partOneTitle(Substring(Inline.source(of: first))) {
                    sections.append(SheetSection(heading: .question(1, sub: nil), location: leaf.block.location, leaves: []))
                    partsByLabel = false
                    partsByItem = false
                    answerList = nil
                    let rest = Array(lines.dropFirst().joined())
                    if rest.contains(where: { !ParagraphLines.isBlank($0) }) { add(paragraphLeaf(rest, like: leaf, first: false)) }
                    continue
                }
                // Under Question 5, a list numbered from 1 whose items each
                // open with a derivative over a numbered sample (`1. $dL/df_1
                // = …$, …`, `2) dL/df1 = …`): item k is part 5.k.
                if case .question(5, let sub)? = sections.last?.heading,
                   sub == nil && n == 1 && answerList == nil || partsByItem && sub.map({ n == $0 + 1 }) == true,
                   !opensWithHeading(leaf), opensWithNumberedDerivative(leaf) {
                    sections.append(SheetSection(heading: .question(5, sub: n), location: leaf.block.location, leaves: []))
                    partsByItem = true
                    partsByLabel = false
                    partsByLetter = false
                    answerList = n
                    var body = leaf
                    body.marker = nil
                    add(body)
                    continue
                }
                let afterPartOne = questionsByItem && n == 2 && [.part(1), .question(1, sub: nil)].contains(sections.last?.heading)
                // (Under Question 5, an item of an answer's list going on that
                // opens with the derivative by sample n, `6. dL/df6 = …` after
                // `2. dL/df2 = …`, is that sample's answer, not Question 6.)
                let sampleItem: Bool = {
                    guard answerList != nil, case .question(5, _)? = sections.last?.heading else { return false }
                    return opensWithDerivativeOfSample(leaf, n)
                }()
                if answerList.map({ n == $0 + 1 }) != true || afterPartOne, !opensWithHeading(leaf), !sampleItem,
                   !continuesPartList(n, firstLine(leaf), under: sections.last?.heading),
                   startsQuestion(n, after: sections.last?.heading) || afterPartOne {
                    sections.append(SheetSection(heading: .question(n, sub: nil), location: leaf.block.location, leaves: []))
                    partsByLabel = false
                    partsByItem = false
                    answerList = nil
                    var body = leaf
                    body.marker = nil
                    add(body)
                    continue
                }
                answerList = n
            }
            // A table of answers by question (`| Q2 | … |`, `| Q4 | 120 … |`,
            // a summary at the end): each row is read under its question.
            if case .table(let table) = leaf.block.kind, let rows = questionRows(table) {
                for (heading, cells) in rows {
                    if sections.last?.heading != heading || cells.isEmpty {
                        sections.append(SheetSection(heading: heading, location: cells.first?.location ?? leaf.block.location, leaves: []))
                    }
                    for cell in cells where !cell.inlines.isEmpty {
                        var row = leaf
                        row.block = Block(.paragraph(cell.inlines), at: cell.location)
                        row.marker = nil
                        add(row)
                    }
                }
                partsByLetter = false
                partsByLabel = false
                partsByItem = false
                answerList = nil
                continue
            }
            let inlines: [Inline]
            switch leaf.block.kind {
            case .paragraph(let i), .heading(_, let i): inlines = i
            default:
                add(leaf)
                continue
            }
            // A heading block that is a question's number (`### 5.2`,
            // `## 5.1 — $t_1$`): what follows the number is a title.
            if case .heading(let level, _) = leaf.block.kind, var heading = numberHeading(inlines) {
                // `#### (3)` under `## 5.`, `\subsection*{3}` under
                // `\section*{Question 5}`: a deeper heading's number in
                // parentheses, or the number alone, is a part of Question 5
                // (`## 6.` stays Question 6). So is one at Question 5's own
                // level (`### (1)`, `### (2)` under `### Question 5`) when
                // Question 5 was headed in words and the number counts on
                // from the part the sheet is in.
                let placed = nested(heading, bare: isBareNumber(Inline.source(of: inlines)), level: level,
                                    under: sections.last?.heading, questionFive: questionFive)
                heading = placed.heading
                // (`### (6)` at Question 5's own level is as well the next
                // question's number: what its block holds decides, below.)
                if placed.eitherSix { nextQuestionOrPart.append(sections.count) }
                if heading == .question(5, sub: nil) { questionFive = QuestionFiveHeading(level: level, inWords: false) }
                partsByLetter = false
                partsByLabel = false
                partsByItem = false
                sections.append(SheetSection(heading: heading, location: leaf.block.location, leaves: []))
                answerList = nil
                continue
            }
            // Under Question 5, a heading block that is a triplet's label
            // (`## $t_3$`, `### Triplet 3`, `### $t_3 = (f_2, f_1, f_6)$`) is
            // part 5.3; what it states of the triplet is read under it.
            if case .heading = leaf.block.kind, case .question(5, _)? = sections.last?.heading, let k = tripletHeading(inlines) {
                sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                answerList = nil
                if Inline.source(of: inlines).contains("=") || Inline.source(of: inlines).contains("(") {
                    add(paragraphLeaf(inlines, like: leaf, first: true))
                }
                continue
            }
            // A correction naming the question it corrects (`Correction to
            // Question 5.3: …`, `Correction (Part I, RNN): …`), written under
            // another: read under that question, as a note correcting it;
            // what follows goes on under the heading the sheet was in.
            if case .paragraph = leaf.block.kind, let last = sections.last, let (heading, corrected) = correctionReference(inlines),
               heading != last.heading, !Self.within(last.heading, heading) {
                let resumed = resumeAfter.flatMap { sections.count - 1 == $0.index ? $0.heading : nil } ?? last.heading
                resumeAfter = nil
                sections.append(SheetSection(heading: heading, location: leaf.block.location, leaves: []))
                sections[sections.count - 1].leaves.append(paragraphLeaf(corrected, like: leaf, first: true))
                resumeAfter = (sections.count - 1, resumed)
                partsByLetter = false
                partsByLabel = false
                partsByItem = false
                answerList = nil
                continue
            }
            let lines = ParagraphLines.lines(inlines)
            // Under Question 5, a paragraph that is one line all in bold
            // stating a triplet, `**t₃ = (f₂, f₁, f₆)**`, heads part 5.3 and
            // is read under it (several such lines together are a list).
            if lines.count == 1, leaf.marker == nil, case .question(5, _)? = sections.last?.heading,
               let (k, stated) = boldTripletStated(lines[0]) {
                sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                partsByLetter = false
                partsByLabel = false
                partsByItem = false
                answerList = nil
                add(paragraphLeaf(stated, like: leaf, first: true))
                continue
            }
            var pending: [Inline] = []
            var first = true
            // The numbers of this paragraph's lines numbered `n.` or `n)`
            // that headed nothing (an answer's own list).
            var numberedItems: [Int] = []
            for (lineIndex, line) in lines.enumerated() {
                if sections.count != bracketItemsSection {
                    bracketItems = []
                    bracketItemsSection = sections.count
                }
                // `Part II` with `2. all zero: …` on its next line, `3. dL/dfa
                // = …` on the one after (one paragraph: plain text, or Markdown,
                // where only `1.` interrupts a paragraph): a line opening with
                // the number of the question after the one the sheet is in (2
                // after Part II's heading), a full stop or bracket and its
                // answer heads that question, as the list item it would be
                // after a blank line; never after a numbered line of the
                // paragraph that headed nothing (an answer's own list: `1. …`
                // `2. …` `6. …` under Question 5.3 holds no Question 6).
                if leaf.marker == nil, let (n, at, rest) = numberLabel(line), n == nextQuestion(after: sections.last?.heading),
                   numberedItems.isEmpty {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = rest
                    openLineQuestion(n, at: at)
                    if n == 5 { questionFive = QuestionFiveHeading(level: nil, inWords: false) }
                    continue
                }
                if leaf.marker == nil, let (n, _, _) = numberLabel(line) { numberedItems.append(n) }
                // `(2) …`, `**(2)** …`: a number in parentheses opening a line
                // heads a question on a sheet that numbers its questions so:
                // the first is `(2)`, after Part II's heading or Part I's
                // answers, and each later one the next question after the one
                // the sheet is in; never after `(n-1)` opened a paragraph of
                // the same section (an answer's own list). Under Question 5, before the
                // sheet has headed a question so, `**(1)**`…`**(8)**` are parts;
                // after it, they are too while they count on from the part the
                // sheet is in.
                if let (n, at, rest) = bracketLabel(line),
                   bracketQuestions ? startsQuestion(n, after: sections.last?.heading) && !(bracketParts && sections.last?.heading == .question(5, sub: n - 1))
                       : n == 2 && [.part(2), .part(1), .question(1, sub: nil)].contains(sections.last?.heading),
                   !bracketItems.contains(n - 1), sections.last?.leaves.contains(where: { Self.opensWithBracketLabel($0, n - 1) }) != true {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = rest
                    bracketQuestions = true
                    bracketParts = false
                    openLineQuestion(n, at: at)
                    continue
                }
                if let (n, _, _) = bracketLabel(line) { bracketItems.append(n) }
                // Under Question 5, `(c)` or `(c) t3` alone on its line is
                // part 5.3 — under Question 5 itself, or under a part that a
                // letter began (under `## Question 5.1`, `(b)` is an item of
                // it); so is a bold line naming a triplet, under any part.
                if case .question(5, let sub)? = sections.last?.heading,
                   let (k, byLetter) = ((sub == nil || partsByLetter) ? letteredPart(line) : nil).map({ ($0, true) })
                       ?? boldTriplet(line).map({ ($0, false) }) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = []
                    sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                    if byLetter { partsByLetter = true }
                    bracketParts = bracketLabel(line) != nil
                    partsByLabel = false
                    partsByItem = false
                    continue
                }
                // Under Question 5, a line all in bold stating a triplet over
                // the lines of its answers in one paragraph (`**Triplet 1:
                // (a, p, n) = (1, 2, 5)**` then `∂L₁/∂f₁ = …`) is that part,
                // as such a line alone in its paragraph is; the statement is
                // read under it.
                if case .question(5, _)? = sections.last?.heading, lines.count > 1, let (k, stated) = boldTripletStated(line) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = []
                    sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                    partsByLetter = false
                    partsByLabel = false
                    partsByItem = false
                    answerList = nil
                    add(paragraphLeaf(stated, like: leaf, first: false))
                    continue
                }
                // Under Question 5, a part's enumerator and the statement of
                // its own triplet, alone on the line (`**(1)** $t_1 = (…)$`,
                // `(a) triplet $t_1 = (…)$`, `(2) triplet (f_1, f_3, f_4)`), is
                // that part; the statement is read under it.
                // (So is such a line all in bold: `**(a) t₁ = (1, 2, 5)**`,
                // `__ii) t_2 = (a, p, n) = (1, 3, 4)__`.)
                if case .question(5, let sub)? = sections.last?.heading, sub == nil || partsByLetter,
                   let (k, stated) = enumeratedTriplet(line, next: (sub ?? 0) + 1)
                       ?? withoutBold(line).flatMap({ enumeratedTriplet($0, next: (sub ?? 0) + 1) }) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = []
                    sections.append(SheetSection(heading: .question(5, sub: k), location: leaf.block.location, leaves: []))
                    partsByLetter = true
                    bracketParts = bracketLabel(line) != nil
                    partsByLabel = false
                    partsByItem = false
                    add(paragraphLeaf(stated, like: leaf, first: false))
                    continue
                }
                // Under Question 5, a line that names the next part's triplet
                // and nothing else (`t_2 = (1, 3, 4)`, `Triplet 2, (a,p,n) =
                // (1,3,4)`, `t2: a=1, p=3, n=4`; an item numbered as its
                // triplet) heads that part, unless the next line names a
                // triplet too (a list of the triplets); its statement is read
                // under it. Under a part, such a line naming another part's
                // triplet heads that one (`t4 = (2,3,4):` after t_1's block:
                // the label says which triplet the block is for, not its place).
                if case .question(5, let sub)? = sections.last?.heading,
                   let (k, statement) = tripletLine(line),
                   k == (sub ?? 0) + 1 && !Self.statesOwn(triplets, sub, Substring(statement))
                       || sub.map({ k != $0 }) == true && lineBegunPart == sections.count - 1 && Self.names(triplets, k, Substring(statement)),
                   lineIndex > 0 || leaf.marker?.ordinal.map({ $0 == k }) ?? true,
                   !Self.followedByTripletLine(lines: lines, at: lineIndex,
                                               next: splitIndex + 1 < split.count ? split[splitIndex + 1] : document.leaves.dropFirst(originalIndex + 1).first) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = []
                    let at = Self.lineStart(line, in: leaf)
                    openLinePart(k, at: at)
                    add(paragraphLeaf([.text(Fragment(Substring(statement), start: at))], like: leaf, first: false))
                    continue
                }
                // Under Question 5, a triplet's members alone on a line and
                // a colon (`(1,2,5):`, `(f2, f3, f4):`; not a list's item,
                // which lists the triplets), as students head each
                // triplet's block without its label, head the part of the
                // assignment's triplet with those members, in order (the
                // only one); they state no triplet of the student's. Under a
                // part, members of no triplet close it: what follows is no
                // longer that part's, and is for a person. Which triplet a
                // block is for is never taken from its place.
                if case .question(5, let sub)? = sections.last?.heading, leaf.marker == nil,
                   Inline.source(of: line).trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(":"), let members = bareMembers(line),
                   !Self.followedByTripletLine(lines: lines, at: lineIndex,
                                               next: splitIndex + 1 < split.count ? split[splitIndex + 1] : document.leaves.dropFirst(originalIndex + 1).first) {
                    let matches = triplets.indices.filter { triplets[$0] == members }
                    let k = matches.count == 1 ? matches[0] + 1 : nil
                    if k != nil || sub != nil {
                        if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                        first = false
                        pending = []
                        openLinePart(k, at: Self.lineStart(line, in: leaf))
                        continue
                    }
                }
                // Under Question 5.k, a line that names t_k and nothing else
                // (`t2: a=1, p=4, n=3`, `t_2 = (1, 3, 4)` under `Question
                // 5.2`) states the part's own triplet: its statement is read
                // under the part, as when such a line opens it (a wrong
                // member is reported); a list of the triplets is not.
                if case .question(5, let sub?)? = sections.last?.heading,
                   let (k, statement) = tripletLine(line), k == sub,
                   !Self.followedByTripletLine(lines: lines, at: lineIndex,
                                               next: splitIndex + 1 < split.count ? split[splitIndex + 1] : document.leaves.dropFirst(originalIndex + 1).first) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    pending = []
                    add(paragraphLeaf([.text(Fragment(Substring(statement), start: Self.lineStart(line, in: leaf)))], like: leaf, first: false))
                    continue
                }
                // Under Question 5, a line opening with a part's label and
                // going on with its answers (`t1: dL/df1 = …; …`, `(a) t1:
                // …`, `(1) $…$`) is that part; what its label states of the
                // triplet is read under it. Under a part not begun so, a line
                // labelled by another triplet (`t4: …`, not `(4) …`, which may
                // be an item of the part's own list) is that triplet's part.
                if case .question(5, let sub)? = sections.last?.heading,
                   let (k, stated, rest, labelled) = partLabelLine(line),
                   sub == nil || partsByLabel
                       || labelled && k != sub && lineBegunPart == sections.count - 1 && stated.map({ Self.names(triplets, k, Substring(Inline.source(of: $0))) }) != false {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    openLinePart(k, at: Self.lineStart(line, in: leaf))
                    partsByLabel = true
                    bracketParts = bracketLabel(line) != nil
                    if let stated { add(paragraphLeaf(stated, like: leaf, first: false)) }
                    pending = rest
                    continue
                }
                // `Q5 t1: f1: f5 - f2, f2: …` (a compact sheet's line per
                // part): Question 5's label, then a part's label naming its
                // triplet and the part's answers on the same line, under
                // Question 4 or 5: that part of Question 5, as on two lines
                // (members it states must be t_k's: `Q5 t_3 (2, 1, 5): …` is
                // for a person).
                if let (read, location, remainder) = headingLine(line), read == .question(5, sub: nil),
                   let last = sections.last?.heading, [.question(4, sub: nil), .question(5, sub: nil)].contains(last) || partsByLabel,
                   let (k, stated, rest, labelled) = partLabelLine(remainder), labelled,
                   stated.map({ Self.names(triplets, k, Substring(Inline.source(of: $0))) }) != false {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    if case .question(5, _) = last {} else {
                        sections.append(SheetSection(heading: .question(5, sub: nil), location: location, leaves: []))
                        questionFive = QuestionFiveHeading(level: nil, inWords: false)
                    }
                    openLinePart(k, at: Self.lineStart(line, in: leaf))
                    partsByLabel = true
                    bracketParts = false
                    if let stated { add(paragraphLeaf(stated, like: leaf, first: false)) }
                    pending = rest
                    continue
                }
                // (A part of Question 5 after a later question began, `5a) …`
                // in Question 6's working, heads nothing: a reference.)
                if let (read, location, remainder) = headingLine(line),
                   case let placed = nested(read, bare: remainder.allSatisfy(ParagraphLines.isBlank) && isBareNumber(Inline.source(of: line)),
                                            level: nil, under: sections.last?.heading, questionFive: questionFive),
                   case let heading = placed.heading, !Self.recapsPart(heading, line, under: sections.last?.heading),
                   !Self.namesQuestionInProse(heading, line, under: sections.last?.heading),
                   !Self.partAfterLaterQuestion(heading, under: sections.last?.heading),
                   !Self.numeralOutOfPlace(heading, line, under: sections.last?.heading, partOneByLetter: partOneByLetter),
                   !({ if case .question(let n, nil) = heading { Self.continuesPartList(n, remainder, under: sections.last?.heading) } else { false } }()) {
                    if !pending.isEmpty { add(paragraphLeaf(pending, like: leaf, first: first)) }
                    first = false
                    if heading == .part(1), Self.partLetterAlone(Substring(Inline.source(of: line).trimmingCharacters(in: .newlines))) != nil {
                        partOneByLetter = true
                    }
                    pending = remainder
                    // The label of the question the sheet is in, restated
                    // (a callout's title `> [!note] Q2` under `### Question 2`,
                    // a bold `**Q3.**` after its heading's prose), goes on
                    // with that question: it opens no second section of it.
                    // (`**Questions 2 and 3**` after `## Question 2` is no restatement.)
                    // `## Problem 2` over `### Problem 2.2` (or `B.2`): the
                    // first heads Part II, the second its first question.
                    if heading == sections.last?.heading, case .question(let n, nil) = heading, n <= 2,
                       Self.labelsByPart(Substring(Inline.source(of: line))) {
                        sections[sections.count - 1].heading = .part(n)
                    }
                    if heading == sections.last?.heading, !({ if case .text(let t)? = line.first { combined(t.text) != nil } else { false } }()) { continue }
                    // A labelled item keeps its list going: its next item is
                    // the list's next, not a question's number.
                    answerList = leaf.marker?.ordinal
                    questionsByItem = leaf.marker?.ordinal == 1 && leaf.listDepth == 1 && (heading == .part(1) || heading == .question(1, sub: nil))
                    var section = SheetSection(heading: heading, location: location, leaves: [])
                    partsByLetter = false
                    partsByLabel = false
                    partsByItem = false
                    if case .text(let t)? = line.first { section.combined = combined(t.text) != nil }
                    if placed.eitherSix { nextQuestionOrPart.append(sections.count) }
                    if heading == .question(5, sub: nil) {
                        let level: Int? = if case .heading(let level, _) = leaf.block.kind { level } else { nil }
                        questionFive = QuestionFiveHeading(level: level, inWords: !isBareNumber(Inline.source(of: line)))
                    }
                    sections.append(section)
                } else {
                    pending += line
                }
            }
            if !pending.isEmpty, pending.contains(where: { !ParagraphLines.isBlank($0) }) {
                add(paragraphLeaf(pending, like: leaf, first: first))
            }
          }
        }
        for i in nextQuestionOrPart where holdsSumsOverTriplets(sections[i]) { sections[i].heading = .question(6, sub: nil) }
        // (A table before a heading of Part I is the handout's, or a note's.)
        if unheadedPartOne, sections.dropFirst().contains(where: { $0.heading == .part(1) || $0.heading == .question(1, sub: nil) }) {
            sections.removeFirst()
        }
        return droppingTitle(sections)
    }

    /// Whether a heading's line labels its question by its part (`Problem
    /// 2.2`, `### B.2`, `**II.2**`, `\subsection*{Problem 1.1}`; see
    /// `partLabelled`), not by its number alone (`Problem 2`).
    static func labelsByPart(_ line: Substring) -> Bool {
        let text = String(line)
        return partLabel.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
    private static let partLabel = try! NSRegularExpression(
        pattern: #"^[\s#*_(]*(?:\\[A-Za-z]+\*?\{)?[\s*_(]*(?:(?i:problem|prob|exercise|ex|task|question|q)\.?\s*)?(?:[12]\.|II\.?|I\.?|[AB]\.?)\d"#)

    /// Whether a section's maths sums a derivative over several triplets,
    /// as Question 6 does and no part of Question 5 can: a value that names
    /// more samples than one triplet holds, four or more, read after its
    /// `=` up to the next `=`, comma, semicolon or line's end
    /// (`\frac{\partial L}{\partial f_1} = (f_5 - f_2) + (f_4 - f_3) + (f_1 - f_2)
    /// + (f_1 - f_3)`, `= 2f_1 - 2f_2 - 2f_3 + f_4 + f_5`). One triplet's
    /// gradient names two of its samples, three when written out in terms
    /// (`∂L/∂f_5 = (f_5 - f_6) + (f_2 - f_5) + (0)`), however many brackets
    /// it has.
    static func holdsSumsOverTriplets(_ section: SheetSection) -> Bool {
        section.leaves.contains { leaf in
            let text: String
            switch leaf.block.kind {
            case .displayMath(let m): text = String(m.tex.text)
            case .paragraph(let inlines): text = Inline.source(of: inlines)
            default: return false
            }
            return text.split(separator: "=").dropFirst().contains { side in
                var value = side.prefix { !",;\n$".contains($0) }
                // (Up to the next derivative's head or row's end: `… \\ \frac{∂L}{∂f_3}`.)
                if let head = value.firstMatch(of: #/\\\\|\\[dt]?frac|\\partial|∂|\\nabla|∇|\bd\s*L/#) { value = value[..<head.range.lowerBound] }
                let samples = value.matches(of: #/f\}?\s*_?\s*\{?\s*([1-9₁-₉])/#).map { String($0.output.1) }
                return Set(samples).count > 3
            }
        }
    }

    /// Whether a heading is a part of Question 5 (`5a)`, `5(c)`) while the
    /// sheet is in Question 6, the one after it: a reference to the part, no
    /// heading. (After a question out of range, `Question 9`, a heading
    /// stays one, and is reported if it is out of range too.)
    static func partAfterLaterQuestion(_ heading: Heading, under current: Heading?) -> Bool {
        guard case .question(5, .some) = heading, case .question(6, _)? = current else { return false }
        return true
    }

    /// Whether a leaf is a table whose rows name three recurrent models or
    /// more in their first cells (`RNN`, `bi-LSTM`, …), each with a count
    /// of four digits or more in a cell (`60,400`, `241600`): Part I's table.
    static func modelTable(_ leaf: Leaf) -> Bool {
        guard case .table(let table) = leaf.block.kind else { return false }
        let rows = table.rows.dropFirst(table.headerRows).filter { row in
            guard let name = row.first?.source.lowercased(), name.contains("rnn") || name.contains("lstm") else { return false }
            return row.dropFirst().contains { $0.source.range(of: #"\d{1,3}(?:,\d{3})+|\d{4,}"#, options: .regularExpression) != nil }
        }
        return rows.count >= 3
    }

    /// A Part II question's heading first, Part I's right after it and the
    /// same question headed again later (`# A2: sequence encoders + metric
    /// learning` over a notebook: the course's name of Assignment 2): the
    /// sheet's title, not that question's answer. What stands under it is
    /// before the first heading, and no answer.
    static func droppingTitle(_ sections: [SheetSection]) -> [SheetSection] {
        guard sections.count > 2, case .question(let n, nil) = sections[0].heading, n >= 2,
              sections[1].heading == .part(1) || sections[1].heading == .question(1, sub: nil),
              sections[2...].contains(where: { $0.heading == sections[0].heading }) else { return sections }
        return Array(sections.dropFirst())
    }

    /// Part II's questions start at 2. Questions numbered from 1 after a
    /// Part II heading (`### II.1`, `### Problem 1`, amsthm counters LaTeX
    /// numbers 1, 2, …) are numbered by the sheet's own count: which of the
    /// assignment's questions each answers cannot be told. Their headings go
    /// (their text stays Part II's), and the place of the first is returned.
    /// With no Part II heading, the first of them becomes it
    /// (`localPartTwo`).
    static func droppingLocalNumbers(_ sections: [SheetSection]) -> (sections: [SheetSection], at: SourceLocation?) {
        if let part = sections.firstIndex(where: { $0.heading == .part(2) }) {
            guard let first = sections[(part + 1)...].first(where: { if case .question = $0.heading { true } else { false } }),
                  case .question(1, _) = first.heading else { return (sections, nil) }
            return (merging(sections, from: part), first.location)
        }
        guard let start = localPartTwo(sections) else { return (sections, nil) }
        var merged = merging(sections, from: start)
        merged[start].heading = .part(2)
        return (merged, sections[start].location)
    }

    /// The sections from `start` on (parts excepted) as one, `start`'s.
    private static func merging(_ sections: [SheetSection], from start: Int) -> [SheetSection] {
        var result = Array(sections[...start])
        for section in sections[(start + 1)...] {
            if case .part = section.heading { result.append(section); continue }
            result[result.count - 1].leaves += section.leaves
        }
        return result
    }

    /// Where Part II starts on a sheet that numbers its questions from 1
    /// with no `Part II` heading before them, if it does: after Part I
    /// (`Part I` with its answers, `Question 1` holding a table, or the
    /// first of two `Question 1`s), another `Question 1`, on a sheet with
    /// no Question 6; or Question 4
    /// with four parts or more (the triplets, Question 5's under the
    /// sheet's own count) and Question 5 with none.
    static func localPartTwo(_ sections: [SheetSection]) -> Int? {
        func holdsTable(_ section: SheetSection) -> Bool {
            section.leaves.contains { if case .table = $0.block.kind { true } else { false } }
        }
        func isQuestion(_ section: SheetSection) -> Bool { if case .question = section.heading { true } else { false } }
        let hasSix = sections.contains { if case .question(6, _) = $0.heading { true } else { false } }
        let tripletsUnderFour = sections.contains { if case .question(4, let k?) = $0.heading { k >= 4 } else { false } }
            && !sections.contains { if case .question(5, .some) = $0.heading { true } else { false } }
        guard !hasSix || tripletsUnderFour else { return nil }
        // Part I: its heading, or Question 1 holding its table — or, on a
        // sheet with two `Question 1`s, the first of them whatever it holds
        // (`## 1. Parameters` over a list): both cannot be the assignment's.
        let ones = sections.indices.filter { sections[$0].heading == .question(1, sub: nil) }
        let partOne = sections.firstIndex { $0.heading == .part(1) || $0.heading == .question(1, sub: nil) && holdsTable($0) }
            ?? (ones.count >= 2 ? ones.first : nil)
        guard let partOne else { return tripletsUnderFour ? sections.firstIndex(where: isQuestion) : nil }
        // `Part I` alone, then `Question 1` with its table: Part I's own question.
        let next = partOne + 1
        let ownQuestion = sections[partOne].leaves.isEmpty && next < sections.endIndex
            && sections[next].heading == .question(1, sub: nil)
        let from = ownQuestion ? next + 1 : next
        guard from < sections.endIndex else { return nil }
        if let second = sections[from...].firstIndex(where: { $0.heading == .question(1, sub: nil) }), !holdsTable(sections[second]) {
            return second
        }
        return tripletsUnderFour ? sections[from...].firstIndex(where: isQuestion) : nil
    }

    /// A display whose rows are cut by `\intertext{…}` (or
    /// `\shortintertext`) that is a heading (`\intertext{\textbf{5.2} $t_2 =
    /// (f_1, f_3, f_4)$:}`, all of Question 5 in one `align*`): the display
    /// before it, the heading's text as a paragraph of its own (as LaTeX sets
    /// it, a line between the rows), and the display after it. Any other
    /// `\intertext` stays in its display (`\intertext{so}` in a chain).
    /// Whether a leaf is a display row's triplet label made a heading (`t_1:`).
    static func isRowLabel(_ leaf: Leaf) -> Bool {
        guard case .heading(6, let inlines) = leaf.block.kind, inlines.count == 1, case .math = inlines[0] else { return false }
        return true
    }

    static func splitAtIntertextHeadings(_ leaf: Leaf, tripletRows: Bool = true) -> [Leaf] {
        switch leaf.block.kind {
        case .displayMath(let m):
            guard let pieces = intertextPieces(m, tripletRows: tripletRows) else { return [leaf] }
            return leaves(pieces, before: [], like: leaf)
        case .paragraph(let inlines):
            // A display inside a paragraph (`…:\n\begin{align*}`): the
            // paragraph up to it keeps the display's first rows.
            // Each display's pieces made once: the first that has any is cut.
            guard let (n, pieces) = inlines.enumerated().lazy.compactMap({ n, inline -> (Int, [IntertextPiece])? in
                guard case .math(let m) = inline, m.display, let pieces = intertextPieces(m, tripletRows: tripletRows) else { return nil }
                return (n, pieces)
            }).first else { return [leaf] }
            var result = leaves(pieces, before: Array(inlines[..<n]), like: leaf)
            let after = Array(inlines[(n + 1)...])
            if after.contains(where: { !ParagraphLines.isBlank($0) }) {
                var rest = leaf
                rest.block = Block(.paragraph(after), at: leaf.block.location)
                rest.marker = nil
                result += splitAtIntertextHeadings(rest, tripletRows: tripletRows)
            }
            return result
        default:
            return [leaf]
        }
    }

    /// The pieces of a display cut at its heading `\intertext`s: displays
    /// and the headings' text; nil when it has none.
    /// A row label is a heading too: `\text{Triplet 2} (f_1, f_3, f_4):\quad &`
    /// at a row's start (the first cell, a `\text`, `\textbf` or `\mbox`
    /// naming a triplet or a question, and the triplet's members after
    /// it) is a heading block between the rows before and after it.
    enum IntertextPiece { case display(MathSource), text([Inline]), heading([Inline]) }
    static func intertextPieces(_ m: MathSource, tripletRows allowed: Bool = true) -> [IntertextPiece]? {
        // Asked of every display: a byte search first.
        // (Not in an `array` laid out as a table, a column per derivative,
        // `\text{5.2}\ (1,3,4) & f_4 - f_3 & 0 & …`: its rows' labels are the
        // table's, read with it by `AnswerTable`.)
        let labels = (m.tex.text.containsBytes("\\text") || m.tex.text.containsBytes("\\mbox")) && Table.mathArray(m) == nil
        // `t_1:\;& \frac{∂L}{∂f_1} = …`: a row opening with a triplet's
        // label and a colon is headed by it.
        let tripletRows = allowed && m.tex.text.containsBytes("t_") && (m.tex.text.containsBytes(":") || m.tex.text.containsBytes("\\colon"))
        guard m.tex.text.containsBytes("intertext") || labels || tripletRows else { return nil }
        let scalars = Array(m.tex.text.unicodeScalars)
        var cuts: [(start: Int, argument: Range<Int>, rest: Range<Int>?, end: Int, math: Bool)] = []
        var depth = 0
        var i = 0
        // Whether only space (and the environment's opening, or a row's
        // `\\[6pt]`) stands between the last row's end and `i`.
        var rowStart = true
        while i < scalars.count {
            if scalars[i].properties.isWhitespace { i += 1; continue }
            let atRowStart = rowStart
            rowStart = false
            if tripletRows, atRowStart, depth == 0, let (label, end) = tripletRowLabel(scalars, from: i) {
                cuts.append((i, label, nil, end, true))
                i = end
                continue
            }
            switch scalars[i] {
            case "\\":
                var j = i + 1
                while j < scalars.count, Prose.isLetter(scalars[j]) { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                if name.isEmpty, j < scalars.count, scalars[j] == "\\" {
                    // `\\` ends a row; `\\[6pt]` with its spacing.
                    j += 1
                    var k = j
                    while k < scalars.count, scalars[k] == " " { k += 1 }
                    if k < scalars.count, scalars[k] == "[", let close = scalars[k...].firstIndex(of: "]") { j = close + 1 }
                    i = j
                    rowStart = depth == 0
                    continue
                }
                if name == "begin", j < scalars.count, scalars[j] == "{", let close = scalars[j...].firstIndex(of: "}") {
                    // The environment's opening (and a column specification): a row starts after it.
                    var k = close + 1
                    if k < scalars.count, scalars[k] == "{", let spec = scalars[k...].firstIndex(of: "}") { k = spec + 1 }
                    i = k
                    rowStart = depth == 0
                    continue
                }
                if labels, atRowStart, depth == 0, ["text", "textbf", "textit", "textrm", "mbox"].contains(name) {
                    var open = j
                    while open < scalars.count, scalars[open] == " " { open += 1 }
                    if open < scalars.count, scalars[open] == "{" {
                        let close = groupClose(scalars, open: open)
                        // The rest of the first cell: up to its `&`, on the row.
                        var amp = close + 1, level2 = 0
                        while amp < scalars.count {
                            if scalars[amp] == "\\", amp + 1 < scalars.count, scalars[amp + 1] == "\\" { break }
                            if scalars[amp] == "\\" { amp += 2; continue }
                            if scalars[amp] == "{" { level2 += 1 }
                            if scalars[amp] == "}" { level2 -= 1 }
                            if scalars[amp] == "&", level2 == 0 { break }
                            amp += 1
                        }
                        if close < scalars.count, amp < scalars.count, scalars[amp] == "&" {
                            let argument = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingCharacters(in: .whitespaces)
                            let rest = String(String.UnicodeScalarView(scalars[(close + 1)..<amp]))
                            // Only a triplet's members (or nothing) may follow the label.
                            let restBare = rest.replacingOccurrences(of: "\\quad", with: "").replacingOccurrences(of: "\\qquad", with: "")
                                .filter { !$0.isWhitespace && $0 != ":" && $0 != "\\" && $0 != "," && $0 != ";" }
                            let labelled = tripletHeading([.text(Fragment(Substring(argument + " " + rest), start: SourceLocation(line: 1, column: 1)))]) != nil
                                || parseHeading(Substring(argument)) != nil
                            if labelled, restBare.isEmpty || restBare.hasPrefix("(") && restBare.hasSuffix(")") {
                                cuts.append((i, (open + 1)..<close, (close + 1)..<amp, amp + 1, false))
                                i = amp + 1
                                continue
                            }
                        }
                    }
                }
                if depth == 0, name == "intertext" || name == "shortintertext" {
                    var open = j
                    while open < scalars.count, scalars[open] == " " { open += 1 }
                    guard open < scalars.count, scalars[open] == "{" else { i = j; continue }
                    let close = groupClose(scalars, open: open)
                    guard close < scalars.count else { return nil }
                    let argument = String(String.UnicodeScalarView(scalars[(open + 1)..<close]))
                    if parseHeading(Substring(argument.trimmingCharacters(in: .whitespaces))) != nil {
                        cuts.append((i, (open + 1)..<close, nil, close + 1, false))
                    }
                    i = close + 1
                    continue
                }
                i = max(j, i + 2)
                continue
            case "{": depth += 1
            case "}": depth -= 1
            default: break
            }
            i += 1
        }
        guard !cuts.isEmpty else { return nil }
        // `\begin{align*} … \end{align*}` kept in the source: each piece is
        // the environment again, with its own rows.
        var begin: Range<Int>?, end: Range<Int>?
        var b = 0
        while b < scalars.count, scalars[b].properties.isWhitespace { b += 1 }
        let source = m.tex.text
        if source.unicodeScalars.dropFirst(b).starts(with: "\\begin{".unicodeScalars),
           let close = scalars[b...].firstIndex(of: "}") {
            let name = String(String.UnicodeScalarView(scalars[(b + 7)..<close]))
            let tail = Array("\\end{\(name)}".unicodeScalars)
            var e = scalars.count
            while e > 0, scalars[e - 1].properties.isWhitespace { e -= 1 }
            if e - tail.count > close, Array(scalars[(e - tail.count)..<e]) == tail {
                begin = b..<(close + 1)
                end = (e - tail.count)..<e
            }
        }
        var pieces: [IntertextPiece] = []
        var previous = begin?.upperBound ?? 0
        func display(_ range: Range<Int>) {
            let rows = m.tex.slice(range)
            guard rows.text.contains(where: { !$0.isWhitespace && $0 != "\\" }) else { return }
            var tex = rows
            if let begin, let end {
                var builder = FragmentBuilder()
                builder.append(m.tex.slice(begin))
                builder.append(rows)
                builder.append(m.tex.slice(end))
                tex = builder.build(or: rows.start)
            }
            pieces.append(.display(MathSource(tex: tex, display: true, delimiter: m.delimiter, location: rows.start)))
        }
        for cut in cuts {
            display(previous..<cut.start)
            let text = m.tex.slice(cut.argument)
            if cut.math {
                pieces.append(.heading([.math(MathSource(tex: text, display: false, delimiter: m.delimiter, location: text.start))]))
                previous = cut.end
                continue
            }
            let inlines: [Inline] = MathDelimiters.scan(text).pieces.map { piece in
                switch piece {
                case .text(let t): .text(t)
                case .math(let math): .math(math)
                }
            }
            if let rest = cut.rest {
                // The row's label: its text and the triplet after it, as maths.
                // Only the members' parentheses, not the `:\quad` after them.
                let written = Array(scalars[rest])
                let open = written.firstIndex(of: "("), close = written.lastIndex(of: ")")
                let members = m.tex.slice(open.flatMap { o in close.map { c in (rest.lowerBound + o)..<(rest.lowerBound + c + 1) } } ?? rest)
                let math: [Inline] = open != nil && close != nil ? [.text(Fragment(" ", start: members.start)),
                    .math(MathSource(tex: members, display: false, delimiter: m.delimiter, location: members.start))] : []
                pieces.append(.heading(inlines + math))
            } else {
                pieces.append(.text(inlines))
            }
            previous = cut.end
        }
        display(previous..<(end?.lowerBound ?? scalars.count))
        return pieces
    }

    /// A row's label `t_1:`, `t_{3} \colon`, `t_2:\;&`: the label's range
    /// and where the row's maths resumes (after the colon, spacing and the
    /// column's `&`); nil unless the row opens with a triplet's letter, its
    /// number and a colon, and what follows states no triplet (`t_1 :=
    /// (1, 2, 5)`, `t_1: (f_1, f_2, f_5)`).
    static func tripletRowLabel(_ scalars: [Unicode.Scalar], from start: Int) -> (Range<Int>, Int)? {
        var i = start
        guard i + 2 < scalars.count, scalars[i] == "t", scalars[i + 1] == "_" else { return nil }
        i += 2
        let braced = scalars[i] == "{"
        if braced { i += 1 }
        let digits = i
        while i < scalars.count, Prose.isDigit(scalars[i]), i - digits < 2 { i += 1 }
        guard i > digits else { return nil }
        if braced {
            guard i < scalars.count, scalars[i] == "}" else { return nil }
            i += 1
        }
        let label = start..<i
        func skipSpacing() {
            while i < scalars.count {
                if scalars[i] == " " || scalars[i] == "~" { i += 1; continue }
                if scalars[i] == "\\", i + 1 < scalars.count, [",", ";", ":", "!", " "].contains(scalars[i + 1]) { i += 2; continue }
                if scalars[i] == "\\", scalars[(i + 1)...].starts(with: "qquad".unicodeScalars) { i += 6; continue }
                if scalars[i] == "\\", scalars[(i + 1)...].starts(with: "quad".unicodeScalars) { i += 5; continue }
                break
            }
        }
        skipSpacing()
        if i < scalars.count, scalars[i] == ":" {
            i += 1
        } else if scalars[i...].starts(with: "\\colon".unicodeScalars) {
            i += 6
        } else {
            return nil
        }
        skipSpacing()
        if i < scalars.count, scalars[i] == "&" { i += 1 }
        // (`t_1 := (1, 2, 5)`, `t_1: (f_1, f_2, f_5)`: the triplet stated, no row's label.)
        var j = i
        while j < scalars.count, scalars[j] == " " { j += 1 }
        if j < scalars.count, "=([⟨{".unicodeScalars.contains(scalars[j])
            || ["\\left", "\\langle", "\\{", "\\big"].contains(where: { scalars[j...].starts(with: $0.unicodeScalars) }) {
            return nil
        }
        return (label, i)
    }

    /// The index of the `}` that closes the group opened at `open` (`\\{`
    /// and `\\}` inside are no braces), or `scalars.count` when none does.
    static func groupClose(_ scalars: [Unicode.Scalar], open: Int) -> Int {
        var close = open, level = 0
        while close < scalars.count {
            if scalars[close] == "\\" { close += 2; continue }
            if scalars[close] == "{" { level += 1 }
            if scalars[close] == "}" { level -= 1; if level == 0 { return close } }
            close += 1
        }
        return scalars.count
    }

    /// Leaves of `pieces`, each a block of its own like `leaf` (its marker
    /// on the first only); `before` (a paragraph's text before the display)
    /// goes with the first display.
    static func leaves(_ pieces: [IntertextPiece], before: [Inline], like leaf: Leaf) -> [Leaf] {
        var result: [Leaf] = []
        var before = before
        for piece in pieces {
            var next = leaf
            switch piece {
            case .display(let m):
                next.block = before.isEmpty ? Block(.displayMath(m), at: m.location) : Block(.paragraph(before + [.math(m)]), at: leaf.block.location)
            case .text(let inlines), .heading(let inlines):
                if !before.isEmpty {
                    var first = leaf
                    first.block = Block(.paragraph(before), at: leaf.block.location)
                    result.append(first)
                    next.marker = nil
                }
                if case .heading = piece {
                    next.block = Block(.heading(level: 6, inlines), at: inlines.first.map { inline -> SourceLocation in
                        switch inline {
                        case .text(let t): t.start
                        case .math(let m): m.location
                        }
                    } ?? leaf.block.location)
                } else {
                    next.block = Block(.paragraph(inlines), at: leaf.block.location)
                }
            }
            before = []
            if !result.isEmpty { next.marker = nil }
            result.append(next)
        }
        return result
    }

    /// A heading block's text that starts with a question's number, `5.2`
    /// or `3`, with or without its punctuation, alone or before a title
    /// (`5.1 — $t_1$`, `2: hinge inactive`): the block says it is a heading.
    static func numberHeading(_ inlines: [Inline]) -> Heading? {
        let text = Inline.source(of: inlines).trimmingWhitespace()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, "*_".unicodeScalars.contains(scalars[i]) { i += 1 }
        // `### II.2`, `#### II.5.3`: Part II's question numbered after the
        // part's numeral (upper case, a full stop, then the number).
        if i + 3 < scalars.count, scalars[i] == "I", scalars[i + 1] == "I", scalars[i + 2] == ".", Prose.isDigit(scalars[i + 3]) { i += 3 }
        // `(3)`: the number in parentheses of its own.
        let fenced = i < scalars.count && scalars[i] == "("
        if fenced { i += 1 }
        guard var (heading, end) = number(scalars, from: i) else { return nil }
        if fenced {
            guard end < scalars.count, scalars[end] == ")" else { return nil }
            end += 1
        }
        // `### 5(c)`, `#### 5.ii`: a sub-question by letter or Roman numeral.
        if case .question(5, nil) = heading, let (k, after) = letteredSub(scalars, from: end) {
            heading = .question(5, sub: k)
            end = after
        }
        // The number ends there: `2-level …` or `5.1a` is a title.
        guard end == scalars.count || !(Prose.isLetter(scalars[end]) || Prose.isDigit(scalars[end]) || scalars[end] == "-") else { return nil }
        return heading
    }

    /// k of a line that is a part's letter alone, `(c)`, `c)`, `(iii)`,
    /// or with its triplet's label, `(c) t3`, `(c) $t_3$:` (the two agreeing).
    static func letteredPart(_ line: [Inline]) -> Int? {
        let text = Inline.source(of: line).trimmingWhitespace()
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i] == "*" || scalars[i] == "_" { i += 1 }
        let open = i < scalars.count && scalars[i] == "("
        // Fenced or closed by `)`: `Part I` or `a` alone is not a part's letter.
        guard let (k, end) = letteredSub(scalars, from: i), end > i, scalars[end - 1] == ")",
              open || Prose.isLetter(scalars[i]) else { return nil }
        let rest = String(String.UnicodeScalarView(scalars[end...])).trimmingCharacters(in: CharacterSet(charactersIn: " \t*_:"))
        if rest.isEmpty { return k }
        guard let named = tripletHeading([.text(Fragment(Substring(rest), start: SourceLocation(line: 1, column: 1)))]),
              named == k, !rest.contains("=") else { return nil }
        return k
    }

    /// k of a heading that names a triplet: `$t_3$`, `t3`, `Triplet 3`,
    /// `$t_{3}$:`, `$t_3 = (f_2, f_1, f_6)$`, `Triplet 3 (anchor $f_2$ …)`.
    static func tripletHeading(_ inlines: [Inline]) -> Int? {
        // `t₃`: subscript digits are digits.
        let text = String(String.UnicodeScalarView(Inline.source(of: inlines).lowercased().unicodeScalars.map { c in
            (0x2080...0x2089).contains(c.value) ? Unicode.Scalar(c.value - 0x2080 + 0x30)! : c
        }))
        var squeezed = Substring(text.filter { !" \t$*_{}\\".contains($0) })
        // The number is the triplet's only after its word or letter
        // (`5.(1) triplet $t_1$` is no triplet 5).
        guard squeezed.hasPrefix("t") else { return nil }
        if squeezed.hasPrefix("triplet") { squeezed = squeezed.dropFirst(7) }
        if squeezed.hasPrefix("t") { squeezed = squeezed.dropFirst() }
        let digits = squeezed.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 2, let k = Int(digits), (1...99).contains(k),
              text.filter({ $0.isLetter }).hasPrefix("t") else { return nil }
        let rest = squeezed.dropFirst(digits.count)
        guard rest.isEmpty || [":", "=", "(", ".", ",", "-", "\u{2014}", "\u{2013}"].contains(rest.first!) else { return nil }
        // `Triplet $t_1$ (question 5.1)`: the question it names must be its own.
        if let r = rest.range(of: "5."), let named = Int(rest[r.upperBound...].prefix { $0.isNumber }), named != k { return nil }
        return k
    }

    /// k of a line that is all in bold and names a triplet, `**Triplet $t_1$
    /// (question 5.1)**`, `__$t_3$:__`: under Question 5, part 5.k.
    static func boldTriplet(_ line: [Inline]) -> Int? {
        let text = Inline.source(of: line).trimmingWhitespace()
        // `*Triplet 1.*`, `_$t_3$:_`: in italics as in bold.
        guard text.hasPrefix("*") || text.hasPrefix("_"),
              text.hasSuffix("*") || text.hasSuffix("_") || text.hasSuffix("*:") || text.hasSuffix(":*"), text.count <= 60,
              text.count >= 3 else { return nil }
        let inner = text.trimmingCharacters(in: CharacterSet(charactersIn: "*_: "))
        guard !inner.contains("=") else { return nil }
        return tripletHeading([.text(Fragment(Substring(inner), start: SourceLocation(line: 1, column: 1)))])
    }

    /// k of a line all in bold that states the k-th triplet,
    /// `**t₃ = (f₂, f₁, f₆)**`, `**$t_3 = (f_2, f_1, f_6)$:**`, and the line
    /// without its emphasis.
    static func boldTripletStated(_ line: [Inline]) -> (Int, [Inline])? {
        let text = Inline.source(of: line).trimmingWhitespace()
        guard text.hasPrefix("**") || text.hasPrefix("__"), text.count <= 80,
              text.hasSuffix("**") || text.hasSuffix("__") || text.hasSuffix("**:") || text.hasSuffix(":**"),
              text.contains("="), text.contains("(") else { return nil }
        // The emphasis is two characters at each end: nothing in bold is
        // left outside (`**t₃** = …` is not all in bold).
        let inner = text.dropFirst(2).dropLast(text.hasSuffix(":") ? 3 : 2)
        guard !inner.contains("*"), !inner.contains("__"),
              let k = tripletHeading([.text(Fragment(Substring(inner), start: SourceLocation(line: 1, column: 1)))]),
              let inlines = withoutBold(line) else { return nil }
        return (k, inlines)
    }

    /// A line all in bold (`**…**`, `__…__`, a colon inside or after the
    /// close) without its emphasis at either end, or nil when it is not all
    /// in bold or holds emphasis of its own (`**(a)** t₁ = … **x**`).
    static func withoutBold(_ line: [Inline]) -> [Inline]? {
        let text = Inline.source(of: line).trimmingWhitespace()
        guard text.hasPrefix("**") || text.hasPrefix("__"), text.count >= 5,
              text.hasSuffix("**") || text.hasSuffix("__") || text.hasSuffix("**:") || text.hasSuffix(":**") else { return nil }
        let inner = text.dropFirst(2).dropLast(text.hasSuffix(":") ? 3 : 2)
        guard !inner.contains("*"), !inner.contains("__") else { return nil }
        var inlines = line
        func trim(_ index: Int, leading: Bool) {
            guard case .text(let t) = inlines[index] else { return }
            let scalars = Array(t.text.unicodeScalars)
            var lo = 0, hi = scalars.count
            if leading {
                while lo < hi, " \t*_".unicodeScalars.contains(scalars[lo]) { lo += 1 }
            } else {
                while hi > lo, " \t\n*_:".unicodeScalars.contains(scalars[hi - 1]) { hi -= 1 }
            }
            inlines[index] = .text(t.slice(lo..<hi))
        }
        guard !inlines.isEmpty else { return nil }
        trim(0, leading: true)
        trim(inlines.count - 1, leading: false)
        return inlines
    }

    /// `N` or `N.k` at `i`, with N a question's number (1–99) and k a
    /// sub-question's (1–99): the heading and the index after it.
    static func number(_ s: [Unicode.Scalar], from start: Int) -> (Heading, Int)? {
        var i = start
        func digits() -> Int? {
            let from = i
            while i < s.count, Prose.isDigit(s[i]), i - from < 2 { i += 1 }
            return i > from ? Int(String(String.UnicodeScalarView(s[from..<i]))) : nil
        }
        guard let n = digits(), (1...99).contains(n) else { return nil }
        if i + 1 < s.count, s[i] == ".", Prose.isDigit(s[i + 1]) {
            i += 1
            guard let k = digits(), (1...99).contains(k) else { return nil }
            return (.question(n, sub: k), i)
        }
        return (.question(n, sub: nil), i)
    }

    /// Whether a part's heading that is a Roman numeral alone (`**I**`,
    /// `II.`) stands where no part begins: inside Part II's questions (`**I**`,
    /// `**II**` heading the parts of Question 5), or Part I's after it.
    /// A part's letter alone (`A.`, `(B)`; `partLetterAlone`) is a part's
    /// heading only in the place of one: `A` before any heading, `B` right
    /// after Part I (or its question); anywhere else it is an answer's or a
    /// list's letter.
    static func numeralOutOfPlace(_ heading: Heading, _ line: [Inline], under current: Heading?, partOneByLetter: Bool = true) -> Bool {
        guard case .part = heading else { return false }
        let source = Inline.source(of: line)
        if let (letter, _, _, _) = partLetterAlone(Substring(source.trimmingCharacters(in: .newlines))) {
            // (`B)` inside a Part I headed `Part I` is its sub-part's letter.)
            return letter == .part(1) ? current != nil : !partOneByLetter || current != .part(1) && current != .question(1, sub: nil)
        }
        let bare = source.trimmingCharacters(in: CharacterSet(charactersIn: "*_ .:\t\n"))
        guard bare == "I" || bare == "II" else { return false }
        switch current {
        case .question(let n, _)?: return n >= 2
        case .part(2)?: return true
        default: return false
        }
    }

    /// Whether a line that opens like a heading of the question the sheet is
    /// in or of an earlier one goes on as a sentence: the question's number,
    /// then, with no stop, colon, bracket or dash between, three words of
    /// letters alone, the first in lower case (`Part 2 / question 5 results, summed per sample over the
    /// triplets:`, `Question 5 answers added up per sample give`). A
    /// heading is short; this is prose that names the question, under the
    /// question it is in, and it speaks of that question's results
    /// (`results`, `answers`, `gradients`, `derivatives`, `values`, `terms`).
    /// (`Question 5: results per triplet`, a heading written out of order,
    /// `Question 2 when the hinge is inactive` after Question 3, `Question 5
    /// continued for the last triplet t_8` after Question 6, or any line
    /// naming a later question, stays a heading.)
    static func namesQuestionInProse(_ heading: Heading, _ line: [Inline], under current: Heading?) -> Bool {
        guard case .question(let n, _) = heading, case .question(let m, _)? = current, n <= m,
              case .text(let t)? = line.first else { return false }
        let content = t.text.last == "\n" ? t.text.dropLast() : t.text
        guard let (_, _, rest, restColumn) = parseHeading(content) else { return false }
        let scalars = Array(content.unicodeScalars)
        var before = min(restColumn - 1, scalars.count)
        while before > 0, scalars[before - 1] == " " || scalars[before - 1] == "\t" { before -= 1 }
        guard before > 0, before < restColumn - 1, Prose.isDigit(scalars[before - 1]),
              let first = rest.unicodeScalars.first, first.properties.isLowercase else { return false }
        // Words, not maths: `5.1  dL/df1 = …` is a part and its answers.
        let words = rest.split { $0 == " " || $0 == "\t" }.prefix(3).map { $0.trimmingCharacters(in: CharacterSet(charactersIn: ",;:")) }
        guard words.count == 3, words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) else { return false }
        let results: Set<String> = ["results", "answers", "gradients", "derivatives", "values", "terms", "grads"]
        return rest.lowercased().split { !$0.isLetter }.contains { results.contains(String($0)) }
    }

    /// Whether a line that starts with a part's bare number and its
    /// answers (`5.1  dL/df1 = …`, no `)` or `:`) under Question 6 recalls
    /// that part's answers for the sum; it does not open the part.
    static func recapsPart(_ heading: Heading, _ line: [Inline], under current: Heading?) -> Bool {
        guard case .question(5, .some) = heading, case .question(6, nil)? = current else { return false }
        guard case .text(let t)? = line.first else { return false }
        let text = t.text.drop { $0 == " " || $0 == "\t" }
        guard let match = text.firstMatch(of: #/^5\.\d{1,2}[ \t]/#) else { return false }
        return !text[match.range.upperBound...].trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// Whether a block's first line opens with a derivative over a numbered
    /// sample and states its value (`$\frac{dL}{df_1} = …$`, `dL/df1 = …`,
    /// `∂L/∂f_1 = …`): the line of a part's answers.
    static func opensWithNumberedDerivative(_ leaf: Leaf) -> Bool {
        guard case .paragraph(let inlines) = leaf.block.kind, let line = ParagraphLines.lines(inlines).first else { return false }
        let text = Inline.source(of: line).trimmingWhitespace()
        guard text.contains("="),
              text.firstMatch(of: #/^\$?\s*(\\[dt]?frac\s*\{\s*(\\partial|d|∂)|(\\partial|∂|d)\s*L|grad)/#) != nil,
              let sample = text.firstMatch(of: #/f_?\{?[1-9]/#), let equals = text.firstIndex(of: "="),
              sample.range.lowerBound < equals else { return false }
        return true
    }

    /// Whether a block's first line opens with a derivative with respect
    /// to sample n (`dL/df6 = …`, `$\partial L/\partial f_6 = …$`), as
    /// `opensWithNumberedDerivative` reads one.
    static func opensWithDerivativeOfSample(_ leaf: Leaf, _ n: Int) -> Bool {
        guard opensWithNumberedDerivative(leaf), case .paragraph(let inlines) = leaf.block.kind,
              let line = ParagraphLines.lines(inlines).first else { return false }
        let text = Inline.source(of: line)
        guard let sample = text.firstMatch(of: #/f_?\{?([1-9])/#) else { return false }
        return Int(sample.1) == n
    }

    /// Whether a block's first line is a heading (`**Question 5.6**: …`).
    static func opensWithHeading(_ leaf: Leaf) -> Bool {
        guard case .paragraph(let inlines) = leaf.block.kind, let line = ParagraphLines.lines(inlines).first else { return false }
        return headingLine(line) != nil
    }

    /// Whether a numbered item `n)` is the next of a running list of
    /// Question 5's parts, not Question n's heading: the sheet is in part
    /// 5.(n−1) and the item opens with the n-th triplet's label (`6) t6 =
    /// (5, 6, 2): dL/df1 = 0, …`, `6) $t_6$: …`, `6) Triplet 6 …`). An item
    /// that names another triplet, or none, is read as before.
    static func continuesPartList(_ n: Int, _ line: [Inline], under current: Heading?) -> Bool {
        guard n > 1, current == .question(5, sub: n - 1) else { return false }
        return tripletHeading(line) == n
    }

    /// Where a line's first text or maths that is not blank starts (the
    /// place a part opened by the line is reported at); the leaf's place
    /// for a blank line.
    static func lineStart(_ line: [Inline], in leaf: Leaf) -> SourceLocation {
        switch line.first(where: { !ParagraphLines.isBlank($0) }) {
        case .text(let t)?: t.start
        case .math(let m)?: m.location
        case nil: leaf.block.location
        }
    }

    /// The first line of a paragraph leaf (empty for any other block).
    static func firstLine(_ leaf: Leaf) -> [Inline] {
        guard case .paragraph(let inlines) = leaf.block.kind else { return [] }
        return ParagraphLines.lines(inlines).first ?? []
    }

    /// Whether a numbered item `n)` starts Question n after `current`: n is
    /// a Part II question's number (2–6… as written), after the question
    /// the sheet is in (`2)` after Part II, `4)` after Question 3).
    static func startsQuestion(_ n: Int, after current: Heading?) -> Bool {
        guard (2...9).contains(n) else { return false }
        switch current {
        case .question(let m, _)?: return n > m
        case .part(let p)?: return p == 2
        case nil: return false
        }
    }

    /// The heading a line starts with, where it is, and the rest of the line.
    static func headingLine(_ line: [Inline]) -> (Heading, SourceLocation, [Inline])? {
        guard case .text(let text)? = line.first else { return nil }
        let content = text.text.last == "\n" ? text.text.dropLast() : text.text
        guard let (heading, column, _, remainderColumn) = parseHeading(content) ?? partLetterAlone(content) else { return nil }
        var rest = text.slice(min(remainderColumn - 1, text.count)..<text.count)
        // `**Q5.1 — triplet (1, 2, 5)**`: a line in bold whole, its closing
        // emphasis is markup, not the rest's text.
        let opened = content.drop { $0 == " " || $0 == "\t" }
        for mark in ["**", "__"] where opened.hasPrefix(mark) {
            let scalars = Array(rest.text.unicodeScalars), m = Array(mark.unicodeScalars)
            var end = scalars.count
            while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" || scalars[end - 1] == "\n" { end -= 1 }
            // (The line's break after it stays: `**Q2 hinge**` then a line
            // of answer in its paragraph are two lines, not one.)
            if end > 2, scalars[end - 2] == m[0], scalars[end - 1] == m[1], !scalars[..<(end - 2)].contains(m[0]) {
                rest = rest.replacing([((end - 2)..<end, "")])
            }
        }
        // `[5.2  (f₁, f₃, f₄)]`: a label in brackets whole, its closing
        // bracket is the label's, not the rest's text.
        if opened.hasPrefix("[") {
            let scalars = Array(rest.text.unicodeScalars)
            var end = scalars.count
            while end > 0, scalars[end - 1] == " " || scalars[end - 1] == "\t" || scalars[end - 1] == "\n" { end -= 1 }
            if end > 0, scalars[end - 1] == "]", !scalars[..<(end - 1)].contains("[") { rest = rest.replacing([((end - 1)..<end, "")]) }
        }
        var remainder: [Inline] = rest.text.isEmpty ? [] : [.text(rest)]
        remainder += line.dropFirst()
        // `### Q5 / $t_3$`, `Q5 – t₃:`: Question 5's heading whose rest is a
        // triplet's label alone, set apart by a slash or a dash, is part 5.k
        // (`Q5: $t_1 = (…)$` states a triplet: no part).
        if case .question(5, nil) = heading {
            let said = Array(Inline.source(of: remainder).unicodeScalars)
            var i = 0
            while i < said.count, " \t,:-/\u{2013}\u{2014}".unicodeScalars.contains(said[i]) { i += 1 }
            if let (k, end) = tripletLetter(said, from: i), said[end...].allSatisfy({ " \t\n:*_".unicodeScalars.contains($0) }) {
                return (.question(5, sub: k), text.location(at: column - 1), [])
            }
        }
        return (heading, text.location(at: column - 1), remainder)
    }

    /// Lines of a block as a paragraph leaf of the section; a heading
    /// block's remainder is a paragraph, and a list item keeps its marker
    /// only on its first lines.
    /// The rows of a table of answers by question, `| Question | Answer |`
    /// with `| Q2 | … |`, `| Question 4 | … |`, `| Q5.3 ($t_3$) | … |`, `|
    /// Part I | … |`: each row's question and its answer cells; a row whose
    /// first cell is empty goes on with the question above it. Nil unless
    /// the table has two columns, every row below the header names a
    /// question or goes on with one, and two rows name questions (a table of
    /// derivatives by triplet, with a column per sample, is another kind).
    static func questionRows(_ table: Table) -> [(Heading, [Table.Cell])]? {
        var body = table.rows.map { row in
            Array(row.reversed().drop(while: { $0.inlines.allSatisfy(ParagraphLines.isBlank) }).reversed())
        }.filter { !$0.isEmpty }
        // The header, marked or not (LaTeX's `Question & Answer \\`): a first
        // row of words only, whose first cell names no question. A first
        // row that names one is a row of answers, header or not; a first
        // row with figures or maths that names none makes no such table.
        if let first = body.first, parseHeading(Substring(first[0].source.trimmingWhitespace())) == nil {
            guard !first.contains(where: { cell in cell.source.contains { $0.isNumber || $0 == "$" || $0 == "\\" } }) else { return nil }
            body.removeFirst()
        }
        guard body.count >= 2, body.allSatisfy({ $0.count <= 2 }) else { return nil }
        var result: [(Heading, [Table.Cell])] = []
        var questionsNamed = 0
        for row in body {
            let label = row[0].source.trimmingWhitespace()
            if label.allSatisfy({ $0 == "*" || $0 == "_" || $0.isWhitespace }) {
                guard let last = result.last else { return nil }
                result.append((last.0, Array(row.dropFirst())))
                continue
            }
            // (Part I's rows name their model after the part: `Part I, 2-level bi-RNN | 361,600`.)
            guard let (heading, _, rest, _) = parseHeading(Substring(label)), !rest.contains("="),
                  heading == .part(1) || !rest.contains(where: { $0.isNumber && !label.contains("$") }) else { return nil }
            questionsNamed += 1
            var cells = Array(row.dropFirst())
            // What the label names after its question goes before the
            // answer, as if written with it.
            func lead(_ inline: Inline) {
                guard var cell = cells.first else { return }
                cell.inlines = [inline] + cell.inlines
                cells[0] = cell
            }
            let at = row[0].location
            switch heading {
            case .part(1):
                // The model before its figures: `2-level bi-RNN: 361,600` (the
                // label without its part: `Part I, LSTM`, `LSTM (Part I)`).
                let model = label.replacingOccurrences(of: #"(?i)\(?\bpart\s+(i|1|one)\b\)?"#, with: " ", options: .regularExpression)
                    .trimmingCharacters(in: CharacterSet(charactersIn: " \t,:-–—*_"))
                if !model.isEmpty { lead(.text(Fragment(Substring(model + ": "), start: at))) }
            case .question(4, nil):
                // The count: `| Q4 valid | 30 |` as `valid: 30`.
                let count = rest.trimmingCharacters(in: CharacterSet(charactersIn: " \t,:-–—*_()"))
                if !count.isEmpty { lead(.text(Fragment(Substring(count + ": "), start: at))) }
            case .question(5, _), .question(6, nil):
                // The sample: `| Q6, $\mathbf f_4$ | $f_1 + f_2 - 2f_6$ |` is
                // ∂L/∂f_4's value.
                if let i = Self.sampleNamed(rest), cells.first.map({ !$0.source.contains("=") }) == true {
                    let head = Fragment(Substring("\\frac{\\partial L}{\\partial f_{\(i)}} ="), start: at, fixed: true)
                    lead(.text(Fragment(" ", start: at)))
                    lead(.math(MathSource(tex: head, display: false, delimiter: "$", location: at)))
                }
            default:
                break
            }
            result.append((heading, cells))
        }
        return questionsNamed >= 2 ? result : nil
    }

    /// The sample a label's words name and nothing else: `$f_4$`,
    /// `$\mathbf f_4$`, `f4`, `, $\boldsymbol{f}_{4}$`; nil otherwise.
    static func sampleNamed(_ text: Substring) -> Int? {
        var t = text.replacingOccurrences(of: #"\\(mathbf|boldsymbol|bm|vec|mathrm|mathit)\b"#, with: "", options: .regularExpression)
        t = t.filter { !" \t,:$*_{}()–—-".contains($0) }
        guard t.count >= 2, t.first == "f", let i = Int(t.dropFirst()), (1...99).contains(i) else { return nil }
        return i
    }

    static func paragraphLeaf(_ inlines: [Inline], like leaf: Leaf, first: Bool) -> Leaf {
        let start: SourceLocation = {
            switch inlines.first {
            case .text(let t)?: t.start
            case .math(let m)?: m.location
            case nil: leaf.block.location
            }
        }()
        var result = leaf
        result.block = Block(.paragraph(Inline.merged(inlines)), at: start)
        if !first { result.marker = nil }
        return result
    }
}

extension SheetSection.Heading {
    /// How the heading reads: `Part II`, `Question 5.3`.
    public var title: String {
        switch self {
        case .part(let p): "Part \(p == 1 ? "I" : "II")"
        case .question(let n, let sub?): "Question \(n).\(sub)"
        case .question(let n, nil): "Question \(n)"
        }
    }
}

/// A paragraph's inlines cut at its line breaks.
enum ParagraphLines {
    /// The lines of `inlines`: each line's last text keeps its line feed, so
    /// that lines put together again are the paragraph; a maths span stays
    /// whole on the line where it starts.
    static func lines(_ inlines: [Inline]) -> [[Inline]] {
        var lines: [[Inline]] = [[]]
        for inline in inlines {
            guard case .text(let text) = inline else {
                lines[lines.count - 1].append(inline)
                continue
            }
            var start = 0
            var offset = 0
            var cut = FragmentSlicer(text)
            for scalar in text.text.unicodeScalars {
                offset += 1
                if scalar == "\n" {
                    lines[lines.count - 1].append(.text(cut.slice(start..<offset)))
                    lines.append([])
                    start = offset
                }
            }
            if start < offset { lines[lines.count - 1].append(.text(cut.slice(start..<offset))) }
        }
        if lines.last?.isEmpty == true, lines.count > 1 { lines.removeLast() }
        return lines
    }

    static func isBlank(_ inline: Inline) -> Bool {
        if case .text(let t) = inline { return t.text.allSatisfy(\.isWhitespace) }
        return false
    }
}

extension SheetSection {
    /// Whether `text` states triplet k's members as the assignment has them
    /// (`t_{4} = (2, 3, 4)`, `(f_2, f_3, f_4)`): its whole numbers other
    /// than the label's are exactly the members, in order. False when the
    /// assignment's triplets are not known.
    static func names(_ triplets: [[Int]], _ k: Int, _ text: Substring) -> Bool {
        guard triplets.indices.contains(k - 1) else { return false }
        let numbers = SheetParser.wholeNumbers(in: text)
        return numbers.suffix(3) == ArraySlice(triplets[k - 1]) && (numbers.count == 3 || numbers.count == 4 && numbers[0] == k)
    }

    /// Whether `text` (a triplet's statement under part `sub`, `t5 = (2,3,4)`
    /// under `### 5.4`) states the members of the part's own triplet under
    /// another label: a typo in the label, the part stays.
    static func statesOwn(_ triplets: [[Int]], _ sub: Int?, _ text: Substring) -> Bool {
        guard let sub, triplets.indices.contains(sub - 1) else { return false }
        let numbers = SheetParser.wholeNumbers(in: text)
        return numbers.count == 4 && Array(numbers.suffix(3)) == triplets[sub - 1]
    }

    /// Whether section heading `inner` lies within `outer` (Question 5.3
    /// within Question 5, and Question 5 within itself): a correction naming
    /// `outer` written under `inner` stays where it is.
    static func within(_ inner: Heading, _ outer: Heading) -> Bool {
        switch (inner, outer) {
        case (.question(let n, _), .question(let m, nil)): n == m
        case (.question(1, _), .part(1)), (.part(1), .question(1, _)): true
        default: inner == outer
        }
    }
}
