using System;
using System.Linq;
using System.Text;

namespace HardMatch.Tests
{
    /// <summary>
    /// Independent answers: the published vectors, and .NET's own Guid.ToByteArray (AD byte
    /// order) with Convert.ToBase64String. Nothing here calls the module or the native library.
    /// </summary>
    internal static class Oracle
    {
        /// <summary>GUID / ImmutableId pairs from the reference (Microsoft documentation, runbook).</summary>
        public static readonly (string Guid, string ImmutableId)[] Vectors =
        {
            ("02347d41-d494-480c-a212-6e645f458fdb", "QX00ApTUDEiiEm5kX0WP2w=="),
            ("88666888-0101-1111-bbbb-1234567890ab", "iGhmiAEBERG7uxI0VniQqw=="),
            ("8d6c6818-018c-4f11-9bb8-1b04e2caa1b6", "GGhsjYwBEU+buBsE4sqhtg=="),
            ("30475e40-e7ae-4af3-af75-8b143c81daf5", "QF5HMK7n80qvdYsUPIHa9Q=="),
            ("88888888-0101-3333-cccc-1234567890cd", "iIiIiAEBMzPMzBI0VniQzQ=="),
            ("4445ead9-02d3-4a3d-a1ca-c24bdd258bd4", "2epFRNMCPUqhysJL3SWL1A=="),
            ("897485c7-81a7-42eb-97c6-37ed73077b1f", "x4V0iaeB60KXxjftcwd7Hw=="),
            ("25c2879e-20ed-4e66-83f0-9e20460aedf8", "nofCJe0gZk6D8J4gRgrt+A=="),
            ("0a49ffdb-ebd1-49d0-87fa-12f4ee8d75bc", "2/9JCtHr0EmH+hL07o11vA=="),
            ("35918bc9-196d-40ea-9779-889d79b753f0", "yYuRNW0Z6kCXeYidebdT8A=="),
            ("00000000-0000-0000-0000-000000000000", "AAAAAAAAAAAAAAAAAAAAAA=="),
        };

        public static Xunit.TheoryData<string, string> VectorData()
        {
            var data = new Xunit.TheoryData<string, string>();
            foreach (var (guid, id) in Vectors)
            {
                data.Add(guid, id);
            }

            return data;
        }

        /// <summary>Published connector-space DNs.</summary>
        public static readonly (string ImmutableId, string Dn)[] ConnectorDns =
        {
            ("QF5HMK7n80qvdYsUPIHa9Q==", "CN={514635484D4B376E38307176645973555049486139513D3D}"),
            ("x4V0iaeB60KXxjftcwd7Hw==", "CN={783456306961654236304B58786A66746377643748773D3D}"),
            ("AAAAAAAAAAAAAAAAAAAAAA==", "CN={414141414141414141414141414141414141414141413D3D}"),
        };

        /// <summary>The reference's worked examples of the byte and text forms.</summary>
        public const string ExampleGuid = "88666888-0101-1111-bbbb-1234567890ab";
        public const string ExampleHex = "8868668801011111BBBB1234567890AB";
        public const string ExampleHexSpaced = "88 68 66 88 01 01 11 11 BB BB 12 34 56 78 90 AB";
        public const string ExampleLdapFilter = @"\88\68\66\88\01\01\11\11\bb\bb\12\34\56\78\90\ab";
        public const string BytesGuid = "35918bc9-196d-40ea-9779-889d79b753f0";
        public static readonly byte[] BytesGuidBytes = { 0xC9, 0x8B, 0x91, 0x35, 0x6D, 0x19, 0xEA, 0x40, 0x97, 0x79, 0x88, 0x9D, 0x79, 0xB7, 0x53, 0xF0 };

        public static string ImmutableId(string guid) => Convert.ToBase64String(new Guid(guid).ToByteArray());

        public static byte[] Bytes(string guid) => new Guid(guid).ToByteArray();

        /// <summary>RFC 4122 (big-endian) order: .NET's own big-endian writer.</summary>
        public static byte[] RfcBytes(Guid guid)
        {
            var bytes = new byte[16];
            guid.TryWriteBytes(bytes, bigEndian: true, out _);
            return bytes;
        }

        public static string Hex(string guid) => Convert.ToHexString(Bytes(guid));

        public static string LdapFilter(string guid) => string.Concat(Bytes(guid).Select(b => "\\" + b.ToString("x2")));

        public static string ConnectorDn(string guid) => "CN={" + Convert.ToHexString(Encoding.ASCII.GetBytes(ImmutableId(guid))) + "}";
    }
}
