import CoursecheckTestSupport
import Foundation
import Testing

/// Runs `verify` on a variant of the submitted sheet and decodes the JSON.
private func verify(_ text: String) throws -> (status: Int32, report: ReportJSON, path: String) {
    let url = try SheetVariant.write(text)
    let run = try CommandRun.coursecheck(["verify", url.path, "--format", "json"])
    return (run.status, try ReportJSON(run.stdout), url.path)
}

/// The corrections of the submitted sheet's slips, each worked out by hand.
private let corrections = [
    ("5 choices for the anchor, 4 choices for the positive and 3 choices for the negative",
     "6 choices for the anchor, 5 choices for the positive and 4 choices for the negative"),
    ("\\frac{\\partial L}{\\partial f_5} = f_1 - f_2", "\\frac{\\partial L}{\\partial f_5} = f_1 - f_5"),
    ("\\frac{\\partial L}{\\partial f_2} = f_4 - f_2", "\\frac{\\partial L}{\\partial f_2} = f_4 - f_3"),
    ("(f_4 - f_2) + (f_5 - f_2) + (f_6 - f_2) = -2f_1 - 2f_2 + f_4 + f_5 + 2f_6",
     "(f_4 - f_3) + (f_5 - f_2) + (f_6 - f_2) = -2f_1 - f_2 - f_3 + f_4 + f_5 + 2f_6"),
    ("(f_1 - f_2) + (f_3 - f_5) + (f_2 - f_6) = f_1 + f_3 - f_5 - f_6",
     "(f_1 - f_5) + (f_3 - f_5) + (f_2 - f_6) = f_1 + f_2 + f_3 - 2f_5 - f_6"),
]

@Suite("coursecheck verify: sheets with errors planted or fixed")
struct VariantSheetTests {
    @Test("With every slip corrected, every check is correct and the exit status is 0")
    func corrected() throws {
        let (status, report, _) = try verify(try SheetVariant.submitted(replacing: corrections))
        #expect(report.failing.isEmpty, "\(report.failing)")
        #expect(status == 0)
    }

    @Test("A gradient of the unscaled loss is incorrect, and the evidence says why")
    func unscaled() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("\\frac{\\partial L^t}{\\partial f_a} = f_n - f_p", "\\frac{\\partial L^t}{\\partial f_a} = 2(f_n - f_p)"),
        ])
        let (status, report, _) = try verify(text)
        #expect(status == 1)
        let check = try #require(report["part2.q3.f_a"])
        #expect(check.status == "incorrect")
        #expect(check.evidence.contains("unscaled loss"))
    }

    @Test("A wrong count makes its reasoning inconsistent")
    func wrongCount() throws {
        let (_, report, _) = try verify(try SheetVariant.submitted(replacing: [("= 36$", "= 30$")]))
        #expect(report["part2.q4.valid"]?.status == "incorrect")
        #expect(report["part2.q4.valid.reasoning"]?.status == "inconsistent")
    }

    @Test("A slip in simplifying a sum: the result is wrong, not carried forward, and the working is inconsistent")
    func arithmeticSlip() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("= f_5 - 2f_2 + f_4 - 2f_3 + 2f_1", "= f_5 - 2f_2 + f_4 - 2f_3 + f_1"),
        ])
        let (_, report, _) = try verify(text)
        #expect(report["part2.q6.f_1"]?.status == "incorrect")
        #expect(report["part2.q6.f_1"]?.carried_from == [])
        #expect(report["part2.q6.f_1.steps"]?.status == "inconsistent")
    }

    @Test("A question left out is missing")
    func missing() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("$$\\frac{\\partial L^t}{\\partial f_a} = 0, \\frac{\\partial L^t}{\\partial f_p} = 0, \\frac{\\partial L^t}{\\partial f_n} = 0$$", ""),
        ])
        let (status, report, _) = try verify(text)
        #expect(status == 1)
        #expect(["f_a", "f_p", "f_n"].allSatisfy { report["part2.q2.\($0)"]?.status == "missing" })
        #expect(report.summary["missing"] == 3)
    }

    @Test("An unknown symbol is unparsable, with file, line and column")
    func unparsable() throws {
        let text = try SheetVariant.submitted(replacing: [
            ("\\frac{\\partial L}{\\partial f_3} = f_3 - f_1", "\\frac{\\partial L}{\\partial f_3} = f_3 - f_7"),
        ])
        let (status, report, path) = try verify(text)
        #expect(status == 1)
        let check = try #require(report["part2.q5.2.f_3"])
        #expect(check.status == "unparsable")
        #expect(check.evidence.hasPrefix("\(path):45:"), "\(check.evidence)")
        #expect(check.evidence.contains("unknown symbol f_7"))
    }

    @Test("Other notations for the same answers verify the same", arguments: [
        ("\\frac{\\partial L^t}{\\partial f_a} = f_n - f_p", "\\frac{\\partial L^t}{\\partial f_a} = -\\left(f_p − f_n\\right)"),
        ("= f_1 + f_2 - 2f_6$$", "= f_2 + f_1 - 2 \\cdot f_6$$"),
        ("= f_5 - 2f_2 + f_4 - 2f_3 + 2f_1", "= 2\\,f_1 - 2 f_2 - 2f_{3} + f_4 + f_5"),
    ])
    func notations(old: String, new: String) throws {
        let (status, report, _) = try verify(try SheetVariant.submitted(replacing: [(old, new)]))
        #expect(status == 1)
        #expect(report.failing == ["part2.q4.all.reasoning", "part2.q5.1.f_5", "part2.q5.4.f_2", "part2.q6.f_2", "part2.q6.f_5"])
    }

    @Test("A UTF-8 BOM and CRLF line endings give the same checks as the clean sheet")
    func windowsSheet() throws {
        let clean = try verify(try SheetVariant.submitted())
        let windows = try verify("\u{FEFF}" + (try SheetVariant.submitted()).replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(clean.status == windows.status)
        #expect(clean.report.checks.map(\.status) == windows.report.checks.map(\.status))
        #expect(clean.report.checks.map(\.evidence) == windows.report.checks.map { $0.evidence.replacingOccurrences(of: windows.path, with: clean.path) })
    }
}
