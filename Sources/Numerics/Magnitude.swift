import Foundation

/// Fixed formatting of tolerances: `1e-6`, never a raw float.
public enum Magnitude {
    public static func format(_ value: Double) -> String {
        let exponent = log10(value).rounded()
        if abs(pow(10, exponent) - value) <= 1e-9 * value { return "1e\(Int(exponent))" }
        return String(format: "%.2g", value)
    }
}
