/// The rows a screen may draw in.
public struct Region: Sendable {
    public var top: Int
    public var height: Int
    public var width: Int

    /// The region below its first `rows` rows.
    public func dropping(_ rows: Int) -> Region {
        Region(top: top + rows, height: max(0, height - rows), width: width)
    }
}
