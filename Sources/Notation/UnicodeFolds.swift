import Foundation

/// Unicode that folds to plain maths, by the scalar.
enum UnicodeFolds {
    /// Sub- and superscript digits and letters, with the plain character.
    static func script(_ c: Unicode.Scalar) -> (plain: Unicode.Scalar, superscript: Bool)? {
        guard c.value >= 0x80 else { return nil }
        return scripts[c]
    }

    private static let scripts: [Unicode.Scalar: (plain: Unicode.Scalar, superscript: Bool)] = {
        var table: [Unicode.Scalar: (plain: Unicode.Scalar, superscript: Bool)] = [:]
        for d in 0...9 {
            table[Unicode.Scalar(0x2080 + UInt32(d))!] = (Unicode.Scalar(0x30 + UInt32(d))!, false)
            table[Unicode.Scalar(0x2070 + UInt32(d))!] = (Unicode.Scalar(0x30 + UInt32(d))!, true)
        }
        table["\u{00B9}"] = ("1", true)
        table["\u{00B2}"] = ("2", true)
        table["\u{00B3}"] = ("3", true)
        let sub: [(UInt32, Unicode.Scalar)] = [
            (0x2090, "a"), (0x2091, "e"), (0x2092, "o"), (0x2093, "x"), (0x2095, "h"), (0x2096, "k"), (0x2097, "l"),
            (0x2098, "m"), (0x2099, "n"), (0x209A, "p"), (0x209B, "s"), (0x209C, "t"), (0x1D62, "i"), (0x2C7C, "j"),
            (0x1D63, "r"), (0x1D64, "u"), (0x1D65, "v"), (0x208A, "+"), (0x208B, "-"), (0x208C, "="), (0x208D, "("),
            (0x208E, ")"),
        ]
        let sup: [(UInt32, Unicode.Scalar)] = [
            (0x1D43, "a"), (0x1D47, "b"), (0x1D9C, "c"), (0x1D48, "d"), (0x1D49, "e"), (0x1DA0, "f"), (0x1D4D, "g"),
            (0x02B0, "h"), (0x2071, "i"), (0x02B2, "j"), (0x1D4F, "k"), (0x02E1, "l"), (0x1D50, "m"), (0x207F, "n"),
            (0x1D52, "o"), (0x1D56, "p"), (0x02B3, "r"), (0x02E2, "s"), (0x1D57, "t"), (0x1D58, "u"), (0x1D5B, "v"),
            (0x02B7, "w"), (0x02E3, "x"), (0x02B8, "y"), (0x1DBB, "z"), (0x1D40, "T"), (0x207A, "+"), (0x207B, "-"),
            (0x207C, "="), (0x207D, "("), (0x207E, ")"),
        ]
        for (v, p) in sub { table[Unicode.Scalar(v)!] = (p, false) }
        for (v, p) in sup { table[Unicode.Scalar(v)!] = (p, true) }
        return table
    }()

    /// NFKC of one scalar where it stands for a plain letter or digit: the
    /// mathematical alphanumerics (U+1D400–1D7FF, `𝑓`, `𝐟`, `𝟏`), the
    /// letterlike symbols (`ℒ`, `ℎ`) and full-width forms (`Ｌ`).
    static func fold(_ c: Unicode.Scalar) -> String? {
        let v = c.value
        guard (0x1D400...0x1D7FF).contains(v) || (0x2100...0x214F).contains(v) && v != 0x2113 || (0xFF01...0xFF5E).contains(v)
        else { return nil }
        let folded = String(c).precomposedStringWithCompatibilityMapping
        return folded == String(c) ? nil : folded
    }
}
