import Foundation

/// An inclusive range of weeks or hours, written `6-8` or `5` in curriculum files.
public struct WeekRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(_ first: Int, _ last: Int) {
        self.first = first
        self.last = last
    }

    public func contains(_ value: Int) -> Bool { first <= value && value <= last }

    public func overlaps(_ other: WeekRange) -> Bool { first <= other.last && other.first <= last }

    /// `1-2`, or `3` for a single week.
    public var description: String { first == last ? "\(first)" : "\(first)-\(last)" }

    /// Parses `N` or `N-M` (an en dash is accepted too); nil when it is neither.
    public init?(parsing text: String) {
        let parts = text.replacingOccurrences(of: "\u{2013}", with: "-")
            .split(separator: "-", omittingEmptySubsequences: false)
            .map { $0.trimmed }
        switch parts.count {
        case 1:
            guard let value = Int(parts[0]) else { return nil }
            self.init(value, value)
        case 2:
            guard let low = Int(parts[0]), let high = Int(parts[1]) else { return nil }
            self.init(low, high)
        default:
            return nil
        }
    }
}
