import CoursecheckReading
import Testing

@Suite("Part I's numbers as students write them, read exactly as stated")
struct CountNotationTests {
    @Test("Whole numbers, separators and abbreviations", arguments: [
        ("60,400", 60_400.0), ("60 400", 60_400), ("60400", 60_400), ("60{,}400", 60_400), ("60\\,400", 60_400),
        ("$483,200$", 483_200), ("1’446’400", 1_446_400), ("241.6k", 241_600), ("241.6 k", 241_600), ("120.8K", 120_800),
        ("1.4464M", 1_446_400), ("1.4464 \\times 10^6", 1_446_400), ("1.4464 \\times 10^{6}", 1_446_400),
        ("1.4464e6", 1_446_400), ("1.45M", 1_450_000), ("0.3616M", 361_600), ("3.6 × 10^5", 360_000),
    ])
    func reads(case: (String, Double)) {
        #expect(TableRow.count(`case`.0) == `case`.1, "\(`case`.0)")
    }

    @Test("What is not a whole number is not read", arguments: ["60.4", "1.23456k", "sixty", "", "1e400", "60,400.5", "12 k k", "-5"])
    func refuses(text: String) {
        #expect(TableRow.count(text) == nil, "\(text)")
    }

    @Test("Percentages with an escaped percent sign or in maths")
    func percentages() {
        #expect(TableRow.percentage("64.64\\%") == 64.64)
        #expect(TableRow.percentage("$73.00\\%$") == 73)
    }
}
