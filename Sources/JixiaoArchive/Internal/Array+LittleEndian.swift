/// ZIP's fixed-width fields are little-endian; these read and write them with the bounds checked.
extension Array where Element == UInt8 {
    /// Appends `value` low byte first, as every ZIP header field is written.
    mutating func appendLittleEndian<Value: FixedWidthInteger & UnsignedInteger>(_ value: Value) {
        var remaining = value
        for _ in 0..<(Value.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }

    /// The two bytes at `offset` read low byte first, or nil when they are not all inside the array.
    func uint16(at offset: Int) -> UInt16? {
        guard offset >= 0, offset <= count - 2 else { return nil }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// The four bytes at `offset` read low byte first, or nil when they are not all inside the array.
    func uint32(at offset: Int) -> UInt32? {
        guard offset >= 0, offset <= count - 4 else { return nil }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8
            | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
