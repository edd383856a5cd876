import Foundation
import CoursecheckMaths

extension SheetSection {
    /// `parseHeading`'s commands, built once (it reads every line): sizes,
    /// vertical space and placement, emphasis, and what opens a heading.
    private static let headingSizes = ["\\tiny", "\\scriptsize", "\\footnotesize", "\\small", "\\normalsize", "\\large", "\\huge"]
    private static let headingSpacing = ["\\medskip", "\\bigskip", "\\smallskip", "\\par", "\\newpage", "\\clearpage", "\\centering",
                                         "\\begin{center}", "\\begin{flushleft}", "\\begin{flushright}"] + headingSizes
    private static let headingEmphasis = ["\\textbf", "\\textit", "\\emph", "\\underline", "\\textsc", "\\textsf",
                                          "{\\bf", "{\\bfseries", "{\\it", "{\\itshape", "{\\em", "{\\sc", "{\\scshape"]
    private static let headingOpeners = ["\\section", "\\subsection", "\\subsubsection", "\\paragraph", "\\item", "\\noindent"]
        + headingEmphasis

    /// Recognises `Part I`, `Part 2`, `Question 5`, `## Q5.3:`, `**Question 4**`.
    /// Returns the heading, its column, and the rest of the line with its column.
    static func parseHeading(_ line: Substring) -> (Heading, Int, Substring, Int)? {
        if let (column, restColumn) = combined(line) {
            let rest = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(restColumn - 1)))
            return (.question(2, sub: nil), column, Substring(rest), restColumn)
        }
        let scalars = Array(line.unicodeScalars)
        var i = 0
        // (The marks skipped are a string, no set built on each call: headings are asked of every line.)
        func skip(_ marks: String) { while i < scalars.count, marks.unicodeScalars.contains(scalars[i]) { i += 1 } }
        skip(" \t#*_")
        // `### ❓ Question 2`, `## ✏️ Part II`: pictographs (and their
        // variation selectors and joiners) before the heading's word.
        while i < scalars.count, scalars[i].properties.generalCategory == .otherSymbol
                || scalars[i].properties.isVariationSelector || scalars[i] == "\u{200D}" {
            i += 1
            skip(" \t*_")
        }
        // `\medskip\noindent (5.1)`: vertical space and paragraph commands before it;
        // so too placement and size (`\begin{center}\textbf{\large Part I}\end{center}`).
        // (`word` folds case: `\large` is `\Large` and `\LARGE` too.)
        let sizes = headingSizes
        var spaced = true
        while spaced {
            spaced = false
            // (Every such command opens with a backslash: no other line is asked for each.)
            for command in headingSpacing where i < scalars.count && scalars[i] == "\\" && word(command) {
                skip(" \t")
                spaced = true
            }
            // `{\large\textbf{Question 4}}`: a size in a group of its own.
            if !spaced, i < scalars.count, scalars[i] == "{" {
                let open = i
                i += 1
                if sizes.contains(where: { word($0) }) {
                    skip(" \t")
                    spaced = true
                } else {
                    i = open
                }
            }
            if !spaced, word("\\vspace") {
                if i < scalars.count, scalars[i] == "*" { i += 1 }
                if i < scalars.count, scalars[i] == "{", let close = scalars[i...].firstIndex(of: "}") { i = close + 1 }
                skip(" \t")
                spaced = true
            }
        }
        // LaTeX sectioning: `\subsection*{Question 5.3}`, `\section{Part II}`;
        // emphasis `\textbf{Question 3}`; list labels `\item[Question 3]`.
        // An emphasis command's group closes with `}` as `**` closes Markdown's.
        // `{\bf Question 2.}`, `{\bfseries …}`: a switch inside a group of its own.
        let emphasis = headingEmphasis
        var latexEmphasis = false
        for command in headingOpeners where i < scalars.count && (scalars[i] == "\\" || scalars[i] == "{") && word(command) {
            latexEmphasis = emphasis.contains(command)
            if i < scalars.count, scalars[i] == "*" { i += 1 }
            skip(" \t{[")
            // `\noindent{\large\textbf{Part I}}`: a size before the emphasis.
            if sizes.contains(where: { word($0) }) { skip(" \t{") }
            // `\noindent\textbf{…}`, `\item \textbf{…}`
            for inner in emphasis where word(inner) {
                skip(" \t{")
                latexEmphasis = true
                break
            }
            // `\textbf{\large Part I}`: a size inside the emphasis.
            if sizes.contains(where: { word($0) }) { skip(" \t") }
            break
        }
        let column = i + 1
        func word(_ w: String) -> Bool {
            // The words are ASCII: compared scalar by scalar, A–Z folded.
            let ws = w.unicodeScalars
            guard i + ws.count <= scalars.count else { return false }
            var k = i
            for c in ws {
                let v = scalars[k].value
                let folded = v >= 65 && v <= 90 ? v + 32 : v
                let want = c.value >= 65 && c.value <= 90 ? c.value + 32 : c.value
                guard folded == want else { return false }
                k += 1
            }
            // The word must end here: "Questions" or "Partial" are prose.
            if i + ws.count < scalars.count, Prose.isLetter(scalars[i + ws.count]) { return false }
            i += ws.count
            return true
        }
        func number() -> Int? {
            let start = i
            while i < scalars.count, Prose.isDigit(scalars[i]), i - start < 4 { i += 1 }
            guard i > start else { return nil }
            return Int(String(String.UnicodeScalarView(scalars[start..<i])))
        }
        var heading: Heading
        // `For Question 4, the total …`: a paragraph opening on "For" and a
        // question's heading closed by a comma is that question, its
        // answer the rest (a sheet written as prose names each question
        // so). Only a capital "For" opening the line, a question's word,
        // its number and the comma right after it.
        if i < scalars.count, scalars[i] == "F", word("for") {
            let afterFor = i
            skip(" ")
            let start = i
            if i > afterFor, questionWords.contains(where: { word($0) }) {
                i = start
                let inner = Substring(String(String.UnicodeScalarView(scalars[start...])))
                if let named = parseHeading(inner), case .question = named.0, named.2.hasPrefix(","),
                   case let rest = named.2.dropFirst().drop(while: { $0 == " " || $0 == "\t" }), rest.first?.isLetter == true
                    || rest.first == "$" || rest.first == "\\" {
                    let restColumn = start + named.3 + (named.2.count - rest.count)
                    return (named.0, column, rest, restColumn)
                }
            }
            return nil
        }
        // `[Q2]`, `[Question 5.1]  t1 = …`: a question's or part's heading
        // in brackets, the rest of the line after them.
        if i < scalars.count, scalars[i] == "[", let close = scalars[i...].prefix(24).firstIndex(of: "]"),
           case let inner = Array(scalars[(i + 1)..<close]),
           let first = inner.first, Prose.isLetter(first),
           let named = parseHeading(Substring(String(String.UnicodeScalarView(inner)))),
           named.2.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "." || $0 == ":" }) {
            var j = close + 1
            while j < scalars.count, " \t:.*_".unicodeScalars.contains(scalars[j]) { j += 1 }
            return (named.0, column, Substring(String(String.UnicodeScalarView(scalars[j...]))), j + 1)
        }
        // `**[1] Part I**`, `(2) Question 3`: the sheet's own enumerator
        // before a part's or question's word: the word's heading.
        if let after = enumerator(scalars, from: i) {
            let inner = Substring(String(String.UnicodeScalarView(scalars[after...])))
            if let named = parseHeading(inner) { return (named.0, after + named.1, named.2, after + named.3) }
        }
        // `B.2`, `**B.3**`, `(B4)`, `II.5(c)`: a question labelled by its part.
        if let (labelled, rest, restColumn) = partLabelled(scalars, from: i, emphasised: latexEmphasis || scalars[..<i].contains { $0 == "*" || $0 == "_" }) {
            return (labelled, column, rest, restColumn)
        }
        // `**2.** …`, `**5.1**`, `__3)__`: a number set in bold or italics,
        // with its punctuation or alone, or a sub-question's number.
        let emphasised = latexEmphasis || scalars[..<i].contains { $0 == "*" || $0 == "_" }
        let closing: Set<Unicode.Scalar> = latexEmphasis ? ["}"] : ["*", "_"]
        if emphasised, var (numbered, end) = Self.number(scalars, from: i) {
            // `**5.ii**`, `**5(c)**`: a sub-question by letter or Roman numeral.
            if case .question(5, nil) = numbered, let (k, after) = Self.letteredSub(scalars, from: end) {
                numbered = .question(5, sub: k)
                end = after
            } else if case .question(5, nil) = numbered, end + 1 < scalars.count, ("a"..."h").contains(scalars[end]),
                      ".):*_".unicodeScalars.contains(scalars[end + 1]) {
                // `**5c.**`: the part's letter joined to the number.
                numbered = .question(5, sub: Int(scalars[end].value - Unicode.Scalar("a").value) + 1)
                end += 1
            }
            var j = end
            var punctuated = false
            // `**2.**`, `**2)**`, `**2:**`, `**2/**`.
            if j < scalars.count, ".):/".unicodeScalars.contains(scalars[j]) { j += 1; punctuated = true }
            var closed = false
            while j < scalars.count, closing.contains(scalars[j]) { j += 1; closed = true }
            if j < scalars.count, ".):".unicodeScalars.contains(scalars[j]) { j += 1; punctuated = true }
            // `**5.1**, t_1 = (f_1, f_2, f_5)`: a part's number, a comma, then
            // its line (only a part's: `**36**, since …` is a value).
            if closed, !punctuated, case .question(5, .some) = numbered, j < scalars.count, scalars[j] == "," { j += 1; punctuated = true }
            let restStart = j
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            let alone = j == scalars.count
            if closed, j == scalars.count || j > restStart, punctuated || alone || { if case .question(_, .some) = numbered { true } else { false } }() {
                return (numbered, column, Substring(String(String.UnicodeScalarView(scalars[j...]))), j + 1)
            }
        }
        // (`*(5.1)*`, `**(3)**`, `\textbf{(5.2)}`: so in emphasis of its
        // own, its closing marks aside.)
        if let bare = bareNumber(scalars, from: i) ?? {
            guard emphasised else { return nil }
            let unclosed = Array(scalars.reversed().drop { closing.contains($0) || $0 == " " || $0 == "\t" }.reversed())
            return unclosed.count > i ? bareNumber(unclosed, from: i) : nil
        }() {
            // `5.3)` or `3.` alone on its line: a numbered question.
            return (bare, column, "", scalars.count + 1)
        }
        // `[5.2  (f₁, f₃, f₄)]`: a part's label and its triplet alone, in
        // brackets, all the line holds (as `[5.2]` alone, `5.2  (f₁, f₃, f₄)`).
        let bracketed = String(String.UnicodeScalarView(scalars[i...])).trimmingBlanks()
        if bracketed.hasPrefix("["), bracketed.hasSuffix("]"), bracketed.count > 2 {
            let inner = Array(bracketed.dropFirst().dropLast().unicodeScalars)
            if let (label, end) = subQuestionLabel(inner, from: 0), case .question(5, .some) = label, end < inner.count,
               namesTripletOnly(String(String.UnicodeScalarView(inner[end...]))) {
                // The triplet is the rest, read as the part's triplet restated.
                let open = i + scalars[i...].prefix { $0 == " " || $0 == "\t" }.count
                return (label, column, Substring(String(String.UnicodeScalarView(inner[end...]))), open + 1 + end + 1)
            }
        }
        if let (label, end) = subQuestionLabel(scalars, from: i) {
            // `5.3) dL/df1 = …`: a sub-question's answers on its label's line.
            return (label, column, Substring(String(String.UnicodeScalarView(scalars[end...]))), end + 1)
        }
        // `I.` or `II` alone (upper case): a part by its Roman numeral;
        // `**I**`, `_II._`: in emphasis of its own.
        // (The same text as `bracketed`: built and trimmed once.)
        var wholeRest = bracketed
        if scalars[..<i].contains(where: { $0 == "*" || $0 == "_" }) {
            let bare = wholeRest.trimmingCharacters(in: CharacterSet(charactersIn: "*_ \t"))
            if ["I", "I.", "I:", "II", "II.", "II:"].contains(bare) { wholeRest = bare }
        }
        // `**I.** RNN 60,400 (64.5%) · …`, `**II.** …`: a part's Roman
        // numeral in emphasis of its own, punctuated, then the line's rest.
        if scalars[..<i].contains(where: { $0 == "*" || $0 == "_" }) {
            var j = i
            var n = 0
            while j < scalars.count, scalars[j] == "I", n < 3 { j += 1; n += 1 }
            if (1...2).contains(n), j < scalars.count, ".:".unicodeScalars.contains(scalars[j]) {
                j += 1
                var closed = 0
                while j < scalars.count, scalars[j] == "*" || scalars[j] == "_" { j += 1; closed += 1 }
                let restStart = j
                while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
                if closed > 0, j > restStart, j < scalars.count {
                    return (.part(n), column, Substring(String(String.UnicodeScalarView(scalars[j...]))), j + 1)
                }
            }
        }
        // `1. params + acc`, `1) RNN/LSTM parameters`: the first number and
        // a short title naming Part I's subject (no figures, no maths).
        // `## Parameter counts and test accuracy (Part I)`, `Triplet loss
        // (Part II)`: a short title that names its part in brackets at its end.
        if let open = wholeRest.lastIndex(of: "("), case let tail = wholeRest[open...].filter({ !"*_: ".contains($0) }).lowercased(),
           tail == "(parti)" || tail == "(partii)" || tail == "(part1)" || tail == "(part2)",
           case let title = wholeRest[..<open], title.count <= 60, title.contains(where: \.isLetter),
           !title.contains(where: { $0.isNumber || "=$\\".contains($0) }) {
            return (.part(tail.hasSuffix("ii)") || tail.hasSuffix("2)") ? 2 : 1), column, "", scalars.count + 1)
        }
        // `\section*{A.\ Recurrent encoders}`, `II.~Triplet loss`: TeX's
        // control space or tie after the full stop is the title's space.
        for numeral in ["II.", "I.", "B.", "A.", "1."] where wholeRest.hasPrefix(numeral) {
            let after = wholeRest.dropFirst(numeral.count)
            if after.hasPrefix("\\ ") || after.hasPrefix("~") {
                wholeRest = numeral + " " + String(after.drop { $0 == "\\" || $0 == "~" || $0 == " " })
            }
            break
        }
        if wholeRest.hasPrefix("1. ") || wholeRest.hasPrefix("1) "), partOneTitle(wholeRest.dropFirst(3)) {
            return (.question(1, sub: nil), column, "", scalars.count + 1)
        }
        if ["I", "I.", "I:", "II", "II.", "II:"].contains(wholeRest) {
            return (.part(wholeRest.hasPrefix("II") ? 2 : 1), column, "", scalars.count + 1)
        }
        // `II. Triplet loss`, `I. RNN/LSTM parameters`, `I. Model comparison`:
        // the numeral, its full stop and a short title.
        // Only a title that names the part's subject: `II. Valid triplets`
        // in Question 4 is an answer's line.
        // So too a part's letter (`B. Triplet loss`, `A) Encoders`; `A. Smith` names no subject).
        let partTwo = ["loss", "gradient", "triplet"], partOne = ["rnn", "lstm", "param", "encoder", "recurrent", "model"]
        for (numeral, part, topics) in [("II. ", 2, partTwo), ("I. ", 1, partOne), ("B. ", 2, partTwo), ("A. ", 1, partOne),
                                        ("B) ", 2, partTwo), ("A) ", 1, partOne)]
            where wholeRest.hasPrefix(numeral) {
            var title = wholeRest.dropFirst(numeral.count)
            // `II. Triplet loss  (∂_x L = …)`: a remark in brackets after the title is no part of it.
            if title.hasSuffix(")"), let open = title.firstIndex(of: "("), open > title.startIndex {
                title = Substring(title[..<open].trimmingCharacters(in: .whitespaces))
            }
            // (`B. Valid triplets: …`, `II. All triplets`: a title naming a
            // count of Question 4 is that answer's line, not the part.)
            let words = title.lowercased().split { !$0.isLetter }
            if title.count <= 50, title.first?.isUppercase == true, !title.contains(where: { $0.isNumber || "=$\\".contains($0) }),
               topics.contains(where: title.lowercased().contains), !words.contains(where: Self.countTitleWords.contains) {
                return (.part(part), column, "", scalars.count + 1)
            }
        }
        // `Answers — Part II`, `Answer to Question 3`, `Answers for Part I:`:
        // the answer's word before a part's or question's heading, which is
        // the heading (`Answer 2`, `Ans. 2` are a question's word and number).
        let beforeAnswer = i
        if word("answers") || word("answer") || word("ans") {
            if i < scalars.count, scalars[i] == "." { i += 1 }
            skip(" \t:-\u{2013}\u{2014}\u{00B7}")
            if word("to") || word("for") || word("of") { skip(" \t") }
            if i < scalars.count, !Prose.isDigit(scalars[i]) {
                let inner = Substring(String(String.UnicodeScalarView(scalars[i...])))
                guard let named = parseHeading(inner) else { return nil }
                return (named.0, i + named.1, named.2, i + named.3)
            }
            i = beforeAnswer
        }
        // `A2`, `A5.3:`, `**A4.**`: an answer's letter, upper case, joined to
        // the number, with nothing after it but punctuation or a title set
        // apart by a dash (`A4 paper`, `A2 = …` are not headings).
        if i + 1 < scalars.count, scalars[i] == "A", Prose.isDigit(scalars[i + 1]) {
            i += 1
            guard let n = number(), (1...99).contains(n) else { return nil }
            var sub: Int?
            if i + 1 < scalars.count, scalars[i] == ".", Prose.isDigit(scalars[i + 1]) {
                i += 1
                guard let k = number(), (1...99).contains(k) else { return nil }
                sub = k
            }
            var j = i
            while j < scalars.count, "*_.:)}".unicodeScalars.contains(scalars[j]) { j += 1 }
            let punctuated = j > i
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            let dashed = j < scalars.count && ["-", "\u{2013}", "\u{2014}"].contains(scalars[j])
            guard j == scalars.count || dashed || punctuated && !Prose.isDigit(scalars[j]) && scalars[j] != "=" else { return nil }
            if dashed { j += 1; while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 } }
            return (.question(n, sub: sub), column, Substring(String(String.UnicodeScalarView(scalars[j...]))), j + 1)
        }
        // `--- 2) ---`, `=== [Q3] ===`: a heading alone between two rules.
        if let ruled = ruledHeading(scalars, from: i) {
            return (ruled, column, "", scalars.count + 1)
        }
        // `--- Part I ---`, `== PART ONE ==`: a rule drawn around the heading.
        let beforeRule = i
        skip("-=~ \t")
        let ruled = i > beforeRule
        let isPart = word("part") || word("teil") || word("partie") || word("parte")
        // `--- Question 6 ---`: a question's heading drawn with rules too.
        if !isPart {
            let afterRule = i
            let questionWord = questionWords.contains { word($0) }
            i = ruled && questionWord ? afterRule : beforeRule
        }
        if isPart {
            skip(" \t")
            if word("ii") || word("2") || word("two") {
                heading = .part(2)
            } else if word("i") || word("1") || word("one") {
                heading = .part(1)
            } else if i < scalars.count, scalars[i] == "B", word("b") {
                // `Part B`, `Part A`: a part's capital letter (`A. Encoders`, `B. Triplet loss`).
                heading = .part(2)
            } else if i < scalars.count, scalars[i] == "A", word("a") {
                heading = .part(1)
            } else {
                return nil
            }
            // `Part II, Question 3`: the question is the heading.
            let afterPart = i
            // `Part II – Question 2`: an en or em dash sets them apart too;
            // so does a path's slash, a bar or a bullet (`Part 2 / question
            // 5(c)`, `Part II | Q3`, `Part 2 • Question 4`, `Part 2 > Q4`).
            skip(" \t,-:·*_\u{2013}\u{2014}/|\u{2022}>\u{203A}\u{00BB}")
            if word("question") || word("q") {
                skip(" \t")
                if let question = parseHeading(Substring("Question " + String(String.UnicodeScalarView(scalars[i...])))) {
                    return (question.0, column, question.2, i + question.3 - 9)
                }
            }
            // `Part II (2)`, `Part 2 (5.3)`: a question of Part II by its number
            // in brackets right after the part, nothing after it but the
            // heading's closing marks (`Part II (Triplet loss)` is the part).
            if case .part(2) = heading, i < scalars.count, scalars[i] == "(" {
                i += 1
                if let n = number(), (2...6).contains(n) {
                    var sub: Int?
                    if i + 1 < scalars.count, scalars[i] == ".", Prose.isDigit(scalars[i + 1]) {
                        i += 1
                        sub = number()
                    }
                    if i < scalars.count, scalars[i] == ")", n == 5 || sub == nil,
                       scalars[(i + 1)...].allSatisfy({ " \t*_}:.#".unicodeScalars.contains($0) }) {
                        return (.question(n, sub: sub), column, "", scalars.count + 1)
                    }
                }
            }
            i = afterPart
        } else if let questionWord = questionWords.first(where: { word($0) }) {
            // `Ex. 2`, `Prob. 3`: the word's abbreviation with its full stop.
            if i < scalars.count, scalars[i] == "." { i += 1 }
            skip(" \t")
            // `Problem B.3`, `Exercise II.4`, `Problem 2.3`: the question labelled by its part.
            if let (labelled, rest, restColumn) = partLabelled(scalars, from: i, emphasised: true, numbered: true) {
                return (labelled, column, rest, restColumn)
            }
            // `Q-2`, `Q-5.3`, `Q_4`: a hyphen or an underscore before the number.
            if i + 1 < scalars.count, ["-", "_", "\u{2013}"].contains(scalars[i]), Prose.isDigit(scalars[i + 1]) { i += 1 }
            guard let n = number() else { return nil }
            var sub: Int?
            if i + 1 < scalars.count, scalars[i] == ".", Prose.isDigit(scalars[i + 1]) {
                i += 1
                sub = number()
            } else if n == 5, let (k, end) = Self.letteredSub(scalars, from: i) {
                // `Q5(a)`, `5.ii`, `Task 5, part 3`, `Aufgabe 5, Teil c`.
                sub = k
                i = end
            } else if n == 5, let (k, end) = Self.tripletPart(scalars, from: i) {
                // `Question 5 --- triplet 3: …`, `Question 5, triplet 3`.
                sub = k
                i = end
            }
            heading = .question(n, sub: sub)
            // `Task 2, question 3`, `Problem 2 – Q5.1`: the question inside
            // the task is the heading (only after a task's word, one level).
            let afterNumber = i
            if ["task", "problem", "prob", "exercise", "ex", "aufgabe"].contains(questionWord) {
                skip(" \t,:-\u{2013}\u{2014}\u{00B7}/|\u{2022}>\u{203A}\u{00BB}")
                if i > afterNumber, word("question") || word("q") || word("frage") {
                    skip(" \t.")
                    if let m = number() {
                        var inner: Int?
                        if i + 1 < scalars.count, scalars[i] == ".", Prose.isDigit(scalars[i + 1]) {
                            i += 1
                            inner = number()
                        }
                        heading = .question(m, sub: inner)
                    } else {
                        i = afterNumber
                    }
                } else {
                    i = afterNumber
                }
            }
        } else {
            return nil
        }
        // What follows the number must not continue a word or a number.
        if i < scalars.count, Prose.isLetter(scalars[i]) || Prose.isDigit(scalars[i]) { return nil }
        // `## Q5.1 — t₁ = …`: a dash after the number sets the title apart.
        skip(" \t*_:).#}]\u{2014}\u{2013}")
        // `5(c) -- t3 = …`, `Q5.1 - t1 …`: hyphens typed for a dash, set
        // apart by a space (a sign would be joined to its term).
        var hyphens = i
        while hyphens < scalars.count, scalars[hyphens] == "-", hyphens - i < 3 { hyphens += 1 }
        if hyphens > i, hyphens < scalars.count, scalars[hyphens] == " " {
            i = hyphens
            skip(" \t")
        }
        if ruled { skip("-=~ \t") }
        let rest = String(String.UnicodeScalarView(scalars[i...]))
        return (heading, column, Substring(rest), i + 1)
    }

    /// A question labelled by its part: the part's capital letter or Roman
    /// numeral (`A` or `I` for Part I, `B` or `II` for Part II), a full
    /// stop or nothing, then the question's number read as after
    /// `Question` (its sub-question too), perhaps in brackets: `B.2`,
    /// `**B.3**`, `(B4)`, `II.3`, `B.5.2`, `II.5(c)`. The question must be
    /// one of that part's (1 in Part I, 2 to 6 in Part II: `A2` is an
    /// answer's letter, `I.5` no label), and nothing may follow it but
    /// its rest (`B.2 = …`, `II.2-level` are no labels). Without a full stop,
    /// brackets or emphasis, punctuation or the line's end must close
    /// the number (`B2 is the bias` is prose). The heading, the rest, and
    /// the column where the rest starts; nil for anything else. After a
    /// question's word (`numbered`) the part may be its number with a full
    /// stop: `Problem 2.3`, `Exercise 2.5.1`, `Problem 1.1` (Question 5's
    /// parts, `Q5.3`, start at no part's number).
    static func partLabelled(_ scalars: [Unicode.Scalar], from start: Int, emphasised: Bool, numbered: Bool = false) -> (Heading, Substring, Int)? {
        var i = start
        let bracketed = i < scalars.count && scalars[i] == "("
        if bracketed { i += 1 }
        func label(_ w: String) -> Bool {
            let ws = Array(w.unicodeScalars)
            guard i + ws.count <= scalars.count, Array(scalars[i..<(i + ws.count)]) == ws else { return false }
            i += ws.count
            return true
        }
        let labels = [("II", 2), ("I", 1), ("B", 2), ("A", 1)] + (numbered ? [("2", 2), ("1", 1)] : [])
        guard let (written, part) = labels.first(where: { label($0.0) }) else { return nil }
        let dotted = i < scalars.count && scalars[i] == "."
        if !dotted, Prose.isDigit(written.unicodeScalars.first!) { return nil }
        if dotted { i += 1 }
        guard i < scalars.count, Prose.isDigit(scalars[i]) else { return nil }
        let digits = i
        var end = i
        while end < scalars.count, Prose.isDigit(scalars[end]) || scalars[end] == "." && end + 1 < scalars.count && Prose.isDigit(scalars[end + 1]) { end += 1 }
        if !dotted, !bracketed, !emphasised, end < scalars.count, !".:)(".unicodeScalars.contains(scalars[end]) { return nil }
        let question = Substring("Question " + String(String.UnicodeScalarView(scalars[digits...])))
        guard let (heading, _, rest, restColumn) = parseHeading(question), case .question(let n, let sub) = heading,
              part == 1 ? n == 1 : (2...6).contains(n),
              rest.first.map({ $0 != "=" && !$0.isNumber }) ?? true else { return nil }
        // The number ends there: `II.2-level models` is a title (a letter
        // only for a part of Question 5, `B.5c`).
        if end < scalars.count, scalars[end] == "-" || Prose.isLetter(scalars[end]) && sub == nil { return nil }
        return (heading, rest, digits + restColumn - 9)
    }

    /// What a part's heading may say of its triplet after its number and
    /// nothing else: a tuple of three members, samples or their numbers,
    /// perhaps after the word `triplet` (`triplet (1, 2, 5)`, `(f₁, f₂,
    /// f₅)`, `— triplet (f_1, f_2, f_5):`), emphasis closing around it.
    /// It states no answer; the triplet is read as the part's, restated.
    /// So too after the roles it gives in order (`(a, p, n) = (1, 2, 5)`,
    /// `(anchor, positive, negative) = (f_1, f_2, f_5)`, `$(f_a, f_p, f_n) = …$`).
    static func namesTripletOnly(_ rest: String) -> Bool {
        let member = #"\s*(?:\d{1,2}|[f𝐟](?:_?\{?\d{1,2}\}?|[₀-₉]{1,2}))\s*"#
        let pattern = #"^\s*(?:[—–-]+\s*)?(?:[Tt]riplet\s*)?\$?\s*(?:"# + rolesLead + #"\s*)?\("#
            + member + "," + member + "," + member + #"\)\s*\$?\s*[:*_]*\s*$"#
        return rest.range(of: pattern, options: .regularExpression) != nil
    }

    /// The roles of a triplet in the assignment's order, then `=`, as a
    /// regular expression: `(a, p, n) =`, `(f_a, f_p, f_n) =`, `(fₐ, fₚ, fₙ)
    /// =` (the letters the maths reader takes for the roles,
    /// `SheetParser.rolesInOrder`; the roles in words are not read there).
    /// What follows it is the triplet's members in that order.
    /// Words of Question 4's counts, which no part's title holds
    /// (`B. Valid triplets: …` is an answer's line).
    static let countTitleWords: Set<Substring> = ["valid", "all", "total", "count", "counting", "number", "many"]

    static let rolesLead = #"\(\s*(?:a|f_?\{?a\}?|fₐ)\s*,\s*(?:p|f_?\{?p\}?|fₚ)\s*,\s*(?:n|f_?\{?n\}?|fₙ)\s*\)\s*="#

    /// A part's capital letter alone on its line (`A.`, `B`, `(B)`, `B)`,
    /// `**A.**`, `## B.`): Part I or Part II, as `I.` and `II.` alone are;
    /// only where the sheet's place allows it (`SheetSection.numeralOutOfPlace`:
    /// `A` before any heading, `B` right after Part I). Not with a colon
    /// (`A:` opens an answer). The heading, its column, the empty rest and
    /// its column, as `parseHeading` gives them.
    static func partLetterAlone(_ line: Substring) -> (Heading, Int, Substring, Int)? {
        let bare = line.trimmingCharacters(in: Self.letterMarkup)
        let part: Int
        switch bare {
        case "A", "A.", "A)", "(A)": part = 1
        case "B", "B.", "B)", "(B)": part = 2
        default: return nil
        }
        let column = line.unicodeScalars.prefix { Self.letterMarkup.contains($0) }.count + 1
        return (.part(part), column, "", line.unicodeScalars.count + 1)
    }
    static let letterMarkup = CharacterSet(charactersIn: "#*_ \t")

    /// A short title that names Part I's subject (`params + acc`,
    /// `Parameters and accuracy:`, `Recurrent encoders`): no figures, no
    /// maths, not a model's name alone (`1) RNN` heads a model's figures).
    static func partOneTitle(_ text: Substring) -> Bool {
        var title = Substring(text.trimmingCharacters(in: .whitespaces).lowercased())
        if title.hasSuffix(":") { title = title.dropLast() }
        return !title.isEmpty && title.count <= 50 && !title.contains(where: { $0.isNumber || "=$\\:".contains($0) })
            && ["param", "acc", "encoder", "recurrent"].contains(where: title.contains)
    }

    /// The words a question's heading starts with (`Question 2`, `Q2`,
    /// `Problem 2`, `Ex. 2`, `Aufgabe 2`, `Answer 2`, `Ans. 2`,
    /// `Solution 2`, `Sol. 2`).
    static let questionWords = ["question", "q", "problem", "prob", "exercise", "ex", "task", "aufgabe", "frage", "qn", "answer", "ans",
                                "solution", "sol", "pregunta", "ejercicio", "problema", "exercice"]

    /// The index after an enumerator, `[1]`, `(2)`, `1.` or `2)`, and the
    /// spaces after it, when a part's or a question's word follows (`Part`,
    /// `Question`, `Q`, …, then a space or a digit); nil otherwise.
    static func enumerator(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var i = start
        let open = i < scalars.count && (scalars[i] == "[" || scalars[i] == "(")
        if open { i += 1 }
        let from = i
        while i < scalars.count, Prose.isDigit(scalars[i]), i - from < 2 { i += 1 }
        guard i > from, i < scalars.count else { return nil }
        if open {
            guard scalars[i] == (scalars[start] == "[" ? "]" : ")") else { return nil }
        } else {
            guard scalars[i] == "." || scalars[i] == ")" else { return nil }
        }
        i += 1
        let beforeSpace = i
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i > beforeSpace else { return nil }
        let word = String(String.UnicodeScalarView(scalars[i...].prefix { Prose.isLetter($0) })).lowercased()
        let end = i + word.unicodeScalars.count
        guard ["part", "teil", "partie", "parte"].contains(word) || questionWords.contains(word),
              end < scalars.count, scalars[end] == " " || scalars[end] == "." || Prose.isDigit(scalars[end]) else { return nil }
        return i
    }

    /// A sub-question written after its question's number otherwise than
    /// `.k`: a letter (`(a)`, `a)`, `(c)`: a = 1), a Roman numeral of i, v,
    /// x (`.ii`, `(iv)`), or `, part k` / `, Teil k` with any of these or a
    /// number. Its value and the index after it; nil when none is there.
    static func letteredSub(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var i = start
        func skipSpaces() { while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 } }
        func letters() -> String {
            let from = i
            while i < scalars.count, Prose.isLetter(scalars[i]), i - from < 5 { i += 1 }
            return String(String.UnicodeScalarView(scalars[from..<i])).lowercased()
        }
        func value(_ w: String) -> Int? {
            if !w.isEmpty, w.allSatisfy({ "ivx".contains($0) }) {
                let digits: [Character: Int] = ["i": 1, "v": 5, "x": 10]
                var total = 0
                let values = w.map { digits[$0]! }
                for (n, v) in values.enumerated() { total += n + 1 < values.count && values[n + 1] > v ? -v : v }
                return (1...39).contains(total) ? total : nil
            }
            guard w.count == 1, let c = w.unicodeScalars.first, ("a"..."h").contains(c) else { return nil }
            return Int(c.value - Unicode.Scalar("a").value) + 1
        }
        // `, part 3`, ` part (c)`, `, Teil ii`
        let save = i
        if i < scalars.count, scalars[i] == "," { i += 1 }
        skipSpaces()
        let word = letters()
        if ["part", "teil", "sub", "subquestion"].contains(word) {
            skipSpaces()
            let open = i < scalars.count && scalars[i] == "("
            if open { i += 1 }
            let from = i
            while i < scalars.count, Prose.isDigit(scalars[i]), i - from < 2 { i += 1 }
            let k = i > from ? Int(String(String.UnicodeScalarView(scalars[from..<i]))) : value(letters())
            if open { guard i < scalars.count, scalars[i] == ")" else { return nil }; i += 1 }
            guard let k, i == scalars.count || !Prose.isLetter(scalars[i]) && !Prose.isDigit(scalars[i]) else { return nil }
            return (k, i)
        }
        i = save
        // `(a)`, `a)`, `.ii`, ` (iv)`
        // `5.(1)`, `5.(c)`: a dot, then the part in parentheses.
        let dotted = i < scalars.count && scalars[i] == "."
        if dotted { i += 1 } else { skipSpaces() }
        let open = i < scalars.count && scalars[i] == "("
        if open { i += 1 }
        // `Q5(3)`, `5.(3)`: the part's number in parentheses, right after the question's.
        let digitsFrom = i
        while open, digitsFrom == start + (dotted ? 2 : 1), i < scalars.count, Prose.isDigit(scalars[i]), i - digitsFrom < 2 { i += 1 }
        let numbered = i > digitsFrom ? Int(String(String.UnicodeScalarView(scalars[digitsFrom..<i]))) : nil
        let w = numbered == nil ? letters() : ""
        guard let k = numbered.flatMap({ (1...99).contains($0) ? $0 : nil }) ?? value(w) else { return nil }
        if open || !dotted {
            guard i < scalars.count, scalars[i] == ")" else { return nil }
            i += 1
        }
        // `.ii` must end there (`5.in` is prose).
        guard i == scalars.count || !Prose.isLetter(scalars[i]) && !Prose.isDigit(scalars[i]) else { return nil }
        return (k, i)
    }

    /// `, triplet 3`, ` --- triplet 3`, ` – Triplet 3`: after Question 5's
    /// number, its part by the triplet's number (the word then 1–99, ending
    /// there), or by its label after the word (` - triplet t1`, `, triplet
    /// $t_3$`, `— triplet t₃`, as `tripletLetter` reads it). Its value and
    /// the index after it.
    static func tripletPart(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var i = start
        while i < scalars.count, " \t,:-\u{2013}\u{2014}".unicodeScalars.contains(scalars[i]) { i += 1 }
        let word = Array("triplet".unicodeScalars)
        guard i > start, i + word.count < scalars.count,
              zip(scalars[i..<(i + word.count)], word).allSatisfy({ $0.properties.lowercaseMapping == String($1) }) else { return nil }
        i += word.count
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let from = i
        let k: Int
        if let (labelled, end) = tripletLetter(scalars, from: i) {
            k = labelled
            i = end
        } else {
            while i < scalars.count, Prose.isDigit(scalars[i]), i - from < 2 { i += 1 }
            guard i > from, let n = Int(String(String.UnicodeScalarView(scalars[from..<i]))), (1...99).contains(n) else { return nil }
            k = n
        }
        guard i == scalars.count || !Prose.isLetter(scalars[i]) && !Prose.isDigit(scalars[i])
                  && !(scalars[i] == "." && i + 1 < scalars.count && Prose.isDigit(scalars[i + 1])) else { return nil }
        return (k, i)
    }

    /// A triplet's label, `$t_3$`, `t_{3}`, `t3`, `t₃`, from `start`: k and
    /// the index after it; nil otherwise.
    static func tripletLetter(_ scalars: [Unicode.Scalar], from start: Int) -> (Int, Int)? {
        var i = start
        if i < scalars.count, scalars[i] == "$" { i += 1 }
        guard i < scalars.count, scalars[i] == "t" || scalars[i] == "T" else { return nil }
        i += 1
        if i < scalars.count, scalars[i] == "_" { i += 1 }
        let braced = i < scalars.count && scalars[i] == "{"
        if braced { i += 1 }
        var digits = ""
        while i < scalars.count, digits.count < 2 {
            let v = scalars[i].value
            if Prose.isDigit(scalars[i]) { digits.unicodeScalars.append(scalars[i]) } else if (0x2080...0x2089).contains(v) {
                digits.unicodeScalars.append(Unicode.Scalar(v - 0x2080 + 0x30)!)
            } else { break }
            i += 1
        }
        guard let k = Int(digits), (1...99).contains(k) else { return nil }
        if braced { guard i < scalars.count, scalars[i] == "}" else { return nil }; i += 1 }
        if i < scalars.count, scalars[i] == "$" { i += 1 }
        return (k, i)
    }

    /// A sub-question's label followed by its answer on the same line,
    /// `5.3) …`, `(5.3) …`, `5.3: …`: the heading and the index where the
    /// answer starts. Only a two-level number (a single one, `3) …`, is a
    /// numbered list).
    static func subQuestionLabel(_ scalars: [Unicode.Scalar], from start: Int) -> (Heading, Int)? {
        var i = start
        let parenthesised = i < scalars.count && scalars[i] == "("
        if parenthesised { i += 1 }
        func number() -> Int? {
            let from = i
            while i < scalars.count, Prose.isDigit(scalars[i]), i - from < 2 { i += 1 }
            return i > from ? Int(String(String.UnicodeScalarView(scalars[from..<i]))) : nil
        }
        guard let n = number(), i < scalars.count else { return nil }
        // `5a)`, `5e) (f3, f1, f5)`, `5c. dL/df1 = …`: the part's letter
        // joined to the question's number, then its bracket or full stop
        // (as `**5c.**` in bold), its answer on the line or none.
        if n == 5, !parenthesised, i + 1 < scalars.count, ("a"..."h").contains(scalars[i]), scalars[i + 1] == ")" || scalars[i + 1] == ".",
           i + 2 == scalars.count || scalars[i + 2] == " " || scalars[i + 2] == "\t" {
            var j = i + 2
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            // (`5a) to 5h) added …`, `5a)–5h)`: a range of the parts, a reference.)
            let after = String(String.UnicodeScalarView(scalars[j...])).lowercased()
            if after.hasPrefix("to ") || after.hasPrefix("through ") || after.hasPrefix("-") || after.hasPrefix("–") || after.hasPrefix("and 5") {
                return nil
            }
            return (.question(5, sub: Int(scalars[i].value - Unicode.Scalar("a").value) + 1), j)
        }
        // `5 (i)  t₁ = …`, `5(a) …`, `5.ii …`: Question 5's part by letter or
        // Roman numeral, fenced or after a dot, its answer on the line or
        // none; never after a parenthesis of its own (`(5 (a)` is prose).
        if n == 5, !parenthesised, let (k, end) = Self.letteredSub(scalars, from: i),
           scalars[i..<end].contains(where: { $0 == "(" || $0 == "." }),
           end == scalars.count || scalars[end] == " " || scalars[end] == "\t" {
            var j = end
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            return (.question(5, sub: k), j)
        }
        guard scalars[i] == "." else { return nil }
        i += 1
        guard let k = number(), i < scalars.count else { return nil }
        // `5.1  t1=(1,2,5):  dL/df1 = …`: Question 5's part with no
        // punctuation, only when what follows states the same triplet.
        if n == 5, !parenthesised, scalars[i] == " " || scalars[i] == "\t" {
            var j = i
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            let rest = String(String.UnicodeScalarView(scalars[j...]))
            // `5.1  dL/df1 = f5 - f2, …`: the part's answers right after it.
            let heads = ["dL", "dl/", "d L", "∂", "∇", "\\frac", "\\partial", "\\nabla", "$\\frac", "$\\partial", "$\\nabla", "grad"]
            if heads.contains(where: rest.hasPrefix), rest.contains("=") { return (.question(5, sub: k), j) }
            // `5.1  d/df1: f5 - f2  d/df2: …`: an operator over a sample, its colon.
            if Self.operatorHeadFirst.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)) != nil { return (.question(5, sub: k), j) }
            // `5.1  (f₁, f₂, f₅)`, `5.1  triplet (1,2,5)`: the part's
            // triplet alone, all the line holds; it is read as the part's
            // triplet restated (another triplet is a problem).
            if namesTripletOnly(rest) { return (.question(5, sub: k), j) }
            // `5.1  (triplet 1)`, `5.3 [t3]`: a remark in brackets, all the
            // line holds, naming the same triplet and stating nothing.
            let trimmed = rest.trimmingCharacters(in: .whitespaces)
            if let open = trimmed.first, let close = trimmed.last, trimmed.count > 2,
               open == "(" && close == ")" || open == "[" && close == "]" {
                let inner = trimmed.dropFirst().dropLast()
                guard !inner.contains(where: { "=()[]".contains($0) }),
                      tripletHeading([.text(Fragment(inner, start: SourceLocation(line: 1, column: 1)))]) == k else { return nil }
                return (.question(5, sub: k), scalars.count)
            }
            guard j < scalars.count, scalars[j] == "t" || scalars[j] == "T" || scalars[j] == "$",
                  tripletHeading([.text(Fragment(Substring(rest), start: SourceLocation(line: 1, column: 1)))]) == k,
                  rest.contains("(") else { return nil }
            return (.question(5, sub: k), j)
        }
        // `5.1, t_1 = (f_1, f_2, f_5): dL/df_1 = …`: Question 5's part, a
        // comma, then the same triplet stated (`5.1, the answer is 2` is no
        // heading; another triplet's label is none either).
        if n == 5, !parenthesised, scalars[i] == ",", case let after = i + 1, after < scalars.count,
           scalars[after] == " " || scalars[after] == "\t" {
            var j = after
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\t" { j += 1 }
            guard let (named, end) = tripletLetter(scalars, from: j), named == k else { return nil }
            var next = end
            while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
            guard next < scalars.count, scalars[next] == "=" || scalars[next] == ":", scalars[next...].contains("(") else { return nil }
            return (.question(5, sub: k), j)
        }
        guard [")", ":", "."].contains(scalars[i]) else { return nil }
        if parenthesised, scalars[i] != ")" { return nil }
        i += 1
        guard i < scalars.count, scalars[i] == " " || scalars[i] == "\t" else { return nil }
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        guard i < scalars.count, (2...99).contains(n) else { return nil }
        return (.question(n, sub: k), i)
    }

    /// A question number alone on its line, `3)`, `5.3)`, `3.`, `(3)`: only
    /// then, so that a numbered list in an answer is not a heading.
    static func bareNumber(_ scalars: [Unicode.Scalar], from start: Int) -> Heading? {
        // (Asked of every line: ASCII, a scalar is a character and the
        // spaces trimmed are space and tab, so a line too short or too long
        // is none without building its text.)
        let line = scalars[start...]
        if line.allSatisfy({ $0.isASCII && $0 != "\r" }) {
            let isSpace = { (c: Unicode.Scalar) in c == " " || c == "\t" }
            guard let first = line.firstIndex(where: { !isSpace($0) }), let last = line.lastIndex(where: { !isSpace($0) }),
                  (2...7).contains(last - first + 1) else { return nil }
        }
        var text = String(String.UnicodeScalarView(scalars[start...])).trimmingBlanks()
        guard text.count >= 2, text.count <= 7 else { return nil }
        // `5.3` alone: a sub-question of Question 5 (a list item's label
        // with its answers nested under it).
        if text.hasPrefix("5."), let k = Int(text.dropFirst(2)), (1...99).contains(k) { return .question(5, sub: k) }
        if text.hasPrefix("("), text.hasSuffix(")") { text = String(text.dropFirst()) }
        // `[3]`, `[5.2]`: the number in brackets.
        if text.hasPrefix("["), text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) + ")" }
        // `3)`, `3.`, `3:`, `3/`.
        guard text.hasSuffix(")") || text.hasSuffix(".") || text.hasSuffix(":") || text.hasSuffix("/") else { return nil }
        let parts = text.dropLast().split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let n = Int(parts[0]), (1...99).contains(n) else { return nil }
        if parts.count == 2 {
            guard let k = Int(parts[1]) else { return nil }
            return .question(n, sub: k)
        }
        return .question(n, sub: nil)
    }

    /// A heading drawn between two rules of two or more dashes, equals
    /// signs or tildes, with nothing else on its line: a question's number
    /// with its punctuation (`--- 2) ---`, `== 3. ==`, `-- (4) --`, `~~ [5.2] ~~`),
    /// one digit alone (`=== 6 ===`), or any heading with no rest
    /// (`-- [Q2] --`, `=== Q3: ===`, `--- Part II ---`). A rule on one side
    /// only, or words or maths after the heading, is no such heading.
    static func ruledHeading(_ scalars: [Unicode.Scalar], from start: Int) -> Heading? {
        let rules: Set<Unicode.Scalar> = ["-", "=", "~", "\u{2013}", "\u{2014}", "\u{2500}", "\u{2550}"]
        let spaces: Set<Unicode.Scalar> = [" ", "\t"]
        var line = scalars[start...]
        while let last = line.last, spaces.contains(last) { line.removeLast() }
        let lead = line.prefix(while: rules.contains).count, trail = line.reversed().prefix(while: rules.contains).count
        guard lead >= 2, trail >= 2, lead + trail < line.count else { return nil }
        var inner = line.dropFirst(lead).dropLast(trail)
        while let first = inner.first, spaces.contains(first) { inner.removeFirst() }
        while let last = inner.last, spaces.contains(last) { inner.removeLast() }
        guard !inner.isEmpty, inner.count <= 24, !inner.contains(where: rules.contains) else { return nil }
        let text = String(String.UnicodeScalarView(inner))
        if inner.count == 1, let digit = Int(text), digit >= 1 { return .question(digit, sub: nil) }
        if let bare = bareNumber(Array(inner), from: 0) { return bare }
        guard let named = parseHeading(Substring(text)), named.2.allSatisfy({ " \t.:*_".contains($0) }) else { return nil }
        return named.0
    }

    /// One heading for Questions 2 and 3 (`Questions 2 and 3`, `Q2 & Q3`,
    /// `Q2/Q3:`, `**2 & 3**`), whose answers the section gives one after
    /// the other: where its number starts and where its rest does (columns).
    /// Without a question's word the numbers must be all the line holds.
    static func combined(_ line: Substring) -> (column: Int, rest: Int)? {
        // Every line of a sheet asks: the first character and the numbers
        // first, the pattern only then.
        guard let lead = line.first(where: { !" \t#*_".contains($0) }),
              lead == "\\" || lead == "2" || "qQpPtTeEaA".contains(lead),
              line.contains("2"), line.contains("3") else { return nil }
        let text = String(line)
        let range = NSRange(text.startIndex..., in: text)
        guard let m = combinedPattern.firstMatch(in: text, range: range),
              let number = Range(m.range(at: 2), in: text), let end = Range(m.range, in: text) else { return nil }
        let rest = text[end.upperBound...]
        if m.range(at: 1).location == NSNotFound, !rest.allSatisfy({ " \t*_}".contains($0) }) { return nil }
        // `Question 2 - 3 points`: a question's marks, not a second question.
        let unit = rest.lowercased().prefix { $0.isLetter }
        if ["points", "point", "pts", "pt", "marks", "mark", "p"].contains(unit) { return nil }
        let column = text[..<number.lowerBound].unicodeScalars.count + 1
        let restColumn = text[..<end.upperBound].unicodeScalars.count + 1
        return (column, restColumn)
    }

    private static let combinedPattern = try! NSRegularExpression(pattern: #"(?i)^[\s#*_]*(?:\\(?:sub)*section\*?\{|\\(?:textbf|paragraph)\*?\{)?[\s*_]*((?:questions?|qs?|problems?|tasks?|exercises?|aufgaben?)\s*\.?\s*)?(2)\s*[.):]?[*_]*\s*(?:(?:and|&|\\&|\+|/|–|—|-|to|und|et)\s*(?:(?:questions?|q|problem|task|exercise|aufgabe)\s*\.?\s*)?|,\s*)3(?![\d.])[.):]*[*_}]*[.):]*\s*"#)
}
