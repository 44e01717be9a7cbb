import Yams

extension ConfigFields {
    /// `peers:` (optional, peers.md): municipalities to compare with, in their order. A peer
    /// that is also in `municipalities`, a peer named twice, `Hele landet` (the country is
    /// always compared with when the inputs have it) and `peers` without
    /// `inputs.labour_force` are errors at their line.
    func peers(municipalities: [Municipality], labourForce: Bool) -> (list: [Municipality], origins: [SourceLocation]) {
        guard let (key, node) = values["peers"] else { return ([], []) }
        guard let sequence = node.sequence else {
            diagnostics.error(.peersNotList, at: at(node))
            return ([], [])
        }
        var peers: [Municipality] = []
        var origins: [SourceLocation] = []
        for item in sequence {
            guard let name = displayName(item, .whatPeer) else { continue }
            let peer = Municipality(name)
            if name == "*" || peer.key == Municipality.country.key {
                diagnostics.error(.peerNotAMunicipality(name), at: at(item))
            } else if municipalities.contains(where: { $0.key == peer.key }) {
                diagnostics.error(.peerIsOwnMunicipality(name), at: at(item))
            } else if peers.contains(where: { $0.key == peer.key }) {
                diagnostics.error(.peerTwice(name), at: at(item))
            } else {
                peers.append(peer)
                origins.append(at(item))
            }
        }
        if !sequence.isEmpty, !labourForce {
            diagnostics.error(.peersWithoutLabourForce, at: at(key))
        }
        return (peers, origins)
    }
}
