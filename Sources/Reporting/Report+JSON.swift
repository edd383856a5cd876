import CoursecheckVerification

extension Report {
    /// Pretty-printed JSON with sorted keys and a final newline: the same
    /// report always gives the same bytes.
    public func json() throws -> String {
        try JSONValue.canonicalText(of: self)
    }
}
