import Yams

/// One change to a YAML tree: a key removed from a mapping, or an unknown key
/// added to one.
struct Mutation: CustomStringConvertible {
    enum Step {
        case key(String)
        case index(Int)
    }
    enum Change {
        case remove(String)
        case addUnknownKey
    }

    var at: [Step]
    var change: Change

    var description: String {
        let place = at.map { step -> String in
            switch step {
            case .key(let key): return "." + key
            case .index(let index): return "[\(index)]"
            }
        }.joined()
        switch change {
        case .remove(let key): return "without \(place.isEmpty ? "" : place + ".")\(key)"
        case .addUnknownKey: return "with an unknown key at \(place.isEmpty ? "the top" : place)"
        }
    }

    /// Every key removal and one unknown key per mapping, anywhere in `node`.
    static func all(of node: Node, at path: [Step] = []) -> [Mutation] {
        switch node {
        case .mapping(let mapping):
            var mutations = [Mutation(at: path, change: .addUnknownKey)]
            for (key, value) in mapping {
                let name = key.string ?? ""
                mutations.append(Mutation(at: path, change: .remove(name)))
                mutations += all(of: value, at: path + [.key(name)])
            }
            return mutations
        case .sequence(let sequence):
            return sequence.enumerated().flatMap { index, item in all(of: item, at: path + [.index(index)]) }
        default:
            return []
        }
    }

    func apply(to node: Node) -> Node {
        apply(to: node, remaining: at[...])
    }

    private func apply(to node: Node, remaining: ArraySlice<Step>) -> Node {
        guard let step = remaining.first else {
            guard case .mapping(var mapping) = node else { return node }
            switch change {
            case .remove(let key): mapping[key] = nil
            case .addUnknownKey: mapping["zz-unknown"] = Node("x")
            }
            return .mapping(mapping)
        }
        switch (step, node) {
        case (.key(let key), .mapping(var mapping)):
            if let child = mapping[key] { mapping[key] = apply(to: child, remaining: remaining.dropFirst()) }
            return .mapping(mapping)
        case (.index(let index), .sequence(var sequence)):
            sequence[index] = apply(to: sequence[index], remaining: remaining.dropFirst())
            return .sequence(sequence)
        default:
            return node
        }
    }
}
