import WaymarkCurriculum

/// Why a portfolio folder could not be written, in words a learner can act on.
public enum PortfolioError: Error, Equatable, CustomStringConvertible {
    case notAFolder(String)
    case cannotCreate(String, reason: String)
    case cannotWrite(String, reason: String)
    case cannotRemove(String, reason: String)

    public var description: String {
        switch self {
        case .notAFolder(let path):
            return "\(path.sanitizedLine) is a file, not a folder. Give the portfolio a folder of its own."
        case .cannotCreate(let path, let reason):
            return "Could not create the folder \(path.sanitizedLine): \(reason)."
        case .cannotWrite(let path, let reason):
            return "Could not write \(path.sanitizedLine): \(reason). Files written before it are in place."
        case .cannotRemove(let path, let reason):
            return "Could not remove \(path.sanitizedLine), which Waymark no longer writes: \(reason)."
        }
    }
}
