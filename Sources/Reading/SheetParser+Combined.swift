import Foundation
import CoursecheckAssignment
import CoursecheckMaths

extension SheetParser {
    /// Questions 2 and 3 under one heading (`Questions 2 and 3`): the
    /// section is read once as each question, then its answers are placed.
    /// - Two sets (f_a, f_p and f_n each answered twice, the first set
    ///   written before the second): the first is Question 2's, the second
    ///   Question 3's, as the heading orders them, unless the section's
    ///   words name the active hinge before the inactive one.
    /// - One set by cases of the hinge: each question takes its case.
    /// - Anything else: which question an answer is for is not plain, so
    ///   both questions' answers are unparsable there, for a person.
    func parseCombined(_ fragments: [MathFragment], section: SheetSection, into sheet: inout ParsedSheet, maths: MathContext) {
        var label: Int?
        var asSecond = sheet, asThird = sheet
        parseDerivatives(fragments, question: .question(2), symbols: Symbol.roles, into: &asSecond, label: &label, maths: maths)
        parseDerivatives(fragments, question: .question(3), symbols: Symbol.roles, into: &asThird, label: &label, maths: maths)
        func added(_ read: ParsedSheet, _ question: QuestionID, _ role: Symbol) -> [DerivativeClaim] {
            let id = AnswerID(question, .derivative(role))
            return Array((read.derivatives[id] ?? []).dropFirst(sheet.derivatives[id]?.count ?? 0))
        }
        let roles = Symbol.roles
        let sets = roles.map { added(asSecond, .question(2), $0) }
        let problems = asSecond.problems.count - sheet.problems.count
        // Two sets, one after the other.
        if problems == 0, sets.allSatisfy({ $0.count == 2 }),
           let lastOfFirst = sets.map({ $0[0].location }).max(), let firstOfSecond = sets.map({ $0[1].location }).min(),
           lastOfFirst < firstOfSecond {
            let activeFirst = Self.namesActiveFirst(section)
            let original = sheet
            sheet = asSecond
            for (role, claims) in zip(roles, sets) {
                let (inactive, active) = activeFirst ? (claims[1], claims[0]) : (claims[0], claims[1])
                let second = AnswerID(.question(2), .derivative(role)), third = AnswerID(.question(3), .derivative(role))
                var placed = active
                placed.id = third
                sheet.derivatives[second] = (original.derivatives[second] ?? []) + [inactive]
                sheet.derivatives[third] = (original.derivatives[third] ?? []) + [placed]
            }
            return
        }
        // One set by cases: each question took its own case.
        let thirds = roles.map { added(asThird, .question(3), $0) }
        if problems == 0, sets.allSatisfy({ $0.count == 1 }), thirds.allSatisfy({ $0.count == 1 }),
           zip(sets, thirds).contains(where: { $0[0].sides != $1[0].sides }) {
            sheet = asSecond
            for (role, claims) in zip(roles, thirds) {
                var placed = claims[0]
                placed.id = AnswerID(.question(3), .derivative(role))
                sheet.derivatives[placed.id, default: []].append(placed)
            }
            return
        }
        // Not plain: nothing is placed, everything is for a person.
        let found = sets.map(\.count).reduce(0, +)
        guard found > 0 || problems > 0 else { return }
        sheet.problems = asSecond.problems
        for question in [QuestionID.question(2), .question(3)] {
            for role in roles {
                sheet.problems.append(problem(AnswerID(question, .derivative(role)), section.location,
                    "one heading for Questions 2 and 3, but which answer is which question's cannot be told",
                    detail: "\(found) derivatives read under it: write each question's answers under its own heading, or the inactive hinge's then the active's"))
            }
        }
    }

    /// Whether the section's words name the active hinge ("active",
    /// "hinge active") before the inactive one ("inactive", "not active").
    static func namesActiveFirst(_ section: SheetSection) -> Bool {
        var text = ""
        for leaf in section.leaves {
            if case .paragraph(let inlines) = leaf.block.kind { text += Inline.source(of: inlines).lowercased() + "\n" }
        }
        let range = NSRange(text.startIndex..., in: text)
        let inactive = try! NSRegularExpression(pattern: #"\b(?:inactive|not active)\b"#).firstMatch(in: text, range: range)?.range.location
        let active = try! NSRegularExpression(pattern: #"(?<!in)(?<!not )\bactive\b"#).firstMatch(in: text, range: range)?.range.location
        guard let active else { return false }
        return inactive.map { active < $0 } ?? false
    }
}
