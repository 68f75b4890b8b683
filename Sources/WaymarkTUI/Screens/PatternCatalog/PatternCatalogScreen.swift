import Foundation
import WaymarkCore
import WaymarkCurriculum

/// The pattern cards grouped by domain, each with its summary and how many of its
/// lessons the learner has read; `f` narrows the catalog to the cards of one law.
public struct PatternCatalogScreen: Sendable, Equatable {
    /// The law lesson the catalog is narrowed to; nil shows every card.
    public var law: String?
    var cursor = ListCursor()

    public init(law: String? = nil, cursor: Int = 0) {
        self.law = law
        self.cursor = ListCursor(index: cursor)
    }

    /// Every card in catalog order: by domain in `ReferenceShelf.domains` order (any
    /// other domain after them), then by name. ] and [ on a card walk this order.
    static func order(_ app: AppContext) -> [Pattern] {
        let rank = Dictionary(uniqueKeysWithValues: ReferenceShelf.domains.enumerated().map { ($1, $0) })
        // Sort keys worked out once per card rather than in every comparison.
        let keyed = app.curriculum.reference.patterns.map {
            (rank: rank[$0.domain] ?? rank.count, domain: $0.domain, name: $0.name.lowercased(), pattern: $0)
        }
        return keyed.sorted { ($0.rank, $0.domain, $0.name) < ($1.rank, $1.domain, $1.name) }.map(\.pattern)
    }

    /// The cards shown: catalog order, narrowed to the law if one is chosen.
    func patterns(_ app: AppContext) -> [Pattern] {
        let all = Self.order(app)
        guard let law else { return all }
        return all.filter { $0.laws.contains(law) }
    }

    /// The laws the cards cite, ordered by their lessons' titles so that "Law 2"
    /// comes before "Law 10".
    static func laws(_ app: AppContext) -> [String] {
        let ids = Set(app.curriculum.reference.patterns.flatMap(\.laws))
        return ids.sorted { a, b in
            let order = lawTitle(a, app).compare(lawTitle(b, app), options: .numeric)
            return order == .orderedSame ? a < b : order == .orderedAscending
        }
    }

    /// A law as the learner knows it: its lesson's title.
    static func lawTitle(_ id: String, _ app: AppContext) -> String {
        app.curriculum.lesson(id: id)?.title ?? id
    }
}

extension PatternCatalogScreen: ScreenModel {
    var title: String { "Pattern catalog" }
    var screen: Screen { .catalog(self) }

    func subtitle(_ app: AppContext) -> String? {
        "\(app.curriculum.reference.patterns.count) patterns"
    }
}
