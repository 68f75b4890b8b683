/// One named result of a calculation.
public struct Output: Sendable, Equatable {
    /// The JSON key, camelCase with its unit when it has one: `meanWaitSeconds`.
    public let key: String
    public let label: String
    public let value: OutputValue
    /// Shown on the screen and in JSON, but left out of the one-line summary.
    public let isDetail: Bool

    public init(_ key: String, _ label: String, _ value: OutputValue, isDetail: Bool = false) {
        self.key = key
        self.label = label
        self.value = value
        self.isDetail = isDetail
    }

    public init(_ key: String, _ label: String, _ number: Double, _ kind: UnitKind, isDetail: Bool = false) {
        self.init(key, label, .number(number, kind), isDetail: isDetail)
    }

    /// The number, for outputs that have one.
    public var number: Double? {
        guard case .number(let value, _) = value else { return nil }
        return value
    }
}
