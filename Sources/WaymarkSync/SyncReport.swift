/// What a finished sync did, for the one line the command prints and the view shows.
public struct SyncReport: Sendable, Equatable {
    /// The remote as the learner set it.
    public var remote: String
    /// Entries this machine's progress gained or changed from the other side.
    public var changesIn: Int
    /// Entries the remote gained or changed from this machine.
    public var changesOut: Int

    public init(remote: String, changesIn: Int, changesOut: Int) {
        self.remote = remote
        self.changesIn = changesIn
        self.changesOut = changesOut
    }

    public var summary: String {
        if changesIn == 0 && changesOut == 0 { return "Synced with \(remote): already up to date." }
        return "Synced with \(remote): \(Self.count(changesIn)) in, \(changesOut) out."
    }

    private static func count(_ number: Int) -> String {
        number == 1 ? "1 change" : "\(number) changes"
    }
}
