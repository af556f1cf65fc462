using System;
using System.Runtime.InteropServices;
using System.Text;
using HardMatch.PowerShell.Internal;
using HardMatch.PowerShell.Model;

namespace HardMatch.PowerShell.Native
{
    /// <summary>
    /// The safe face of <see cref="NativeMethods"/>: pins strings and arrays, sizes buffers, and turns
    /// statuses into results. Nothing here throws for a bad value (that is the caller's status to
    /// report); only a library fault (a call status the wrapper should never cause) throws.
    /// </summary>
    internal static unsafe class HardMatchLibrary
    {
        /// <summary>Room on the stack for any single output form (the widest, a connector DN, is 53).</summary>
        private const int StackChars = 64;

        private const int Ok = 0;
        private const int BufferTooSmall = 6;

        /// <summary>Output width per native form, asked once: the batch layout depends on it.</summary>
        private static readonly int[] Widths = new int[6];

        static HardMatchLibrary()
        {
            NativeLibraryLoader.EnsureRegistered();
            for (int form = 1; form < Widths.Length; form++)
            {
                Widths[form] = checked((int)NativeMethods.hm_format_width(form));
            }
        }

        internal static string Version => Utf8(NativeMethods.hm_version());

        internal static string StatusMessage(int status) => Utf8(NativeMethods.hm_status_message(status));

        /// <summary>The pipeline hot path: one GUID to its ImmutableId, no heap use but the result string.</summary>
        internal static string ImmutableIdOf(Guid guid)
        {
            if (!BitConverter.IsLittleEndian)
            {
                // Guid's in-memory layout equals ToByteArray() only on little-endian machines.
                byte[] bytes = guid.ToByteArray();
                fixed (byte* p = bytes)
                {
                    return ImmutableIdOf(p);
                }
            }

            return ImmutableIdOf((byte*)&guid);
        }

        /// <summary>16 bytes in AD order to the ImmutableId.</summary>
        internal static string ImmutableIdOf(byte* sixteenBytes) => FromBytes(sixteenBytes, SourceAnchorForm.ImmutableId);

        /// <summary>16 bytes in AD order to a text form (not Auto, not Bytes).</summary>
        internal static string FromBytes(byte* sixteenBytes, SourceAnchorForm to)
        {
            char* buffer = stackalloc char[StackChars];
            nuint length;
            int status = NativeMethods.hm_from_bytes_utf16((int)to, sixteenBytes, 16, buffer, StackChars, &length);
            ThrowIfCallFailed(status, "hm_from_bytes_utf16");
            return new string(buffer, 0, (int)length);
        }

        /// <summary>Text to text (to is a native text form). Returns the status; result is null unless Ok.</summary>
        internal static int TryConvert(string value, SourceAnchorForm from, SourceAnchorForm to, out string? result)
        {
            char* buffer = stackalloc char[StackChars];
            nuint length;
            int status;
            fixed (char* input = value)
            {
                status = NativeMethods.hm_convert_utf16((int)from, (int)to, input, (nuint)value.Length, buffer, StackChars, &length);
            }

            result = status == Ok ? new string(buffer, 0, (int)length) : null;
            return status;
        }

        /// <summary>Text to its 16 bytes in AD order. Returns the status; bytes is null unless Ok.</summary>
        internal static int TryToBytes(string value, SourceAnchorForm from, out byte[]? bytes)
        {
            byte[] output = new byte[16];
            int status;
            fixed (char* input = value)
            fixed (byte* o = output)
            {
                status = NativeMethods.hm_to_bytes_utf16((int)from, input, (nuint)value.Length, o, 16);
            }

            bytes = status == Ok ? output : null;
            return status;
        }

        /// <summary>The native sentence for a value in a form, and the status a conversion of it gets.</summary>
        internal static string Explain(string value, SourceAnchorForm from, out int status)
        {
            char* buffer = stackalloc char[512];
            nuint length;
            fixed (char* input = value)
            {
                status = NativeMethods.hm_explain_utf16((int)from, input, (nuint)value.Length, buffer, 512, &length);
                if (status == BufferTooSmall && length > 0)
                {
                    char[] heap = new char[checked((int)length + 1)];
                    fixed (char* h = heap)
                    {
                        status = NativeMethods.hm_explain_utf16((int)from, input, (nuint)value.Length, h, (nuint)heap.Length, &length);
                        return status == BufferTooSmall ? StatusMessage(status) : new string(h, 0, (int)length);
                    }
                }
            }

            // A call status (value too long, unpaired surrogate) writes no sentence: use its message.
            return length == 0 ? StatusMessage(status) : new string(buffer, 0, (int)length);
        }

        internal static ImmutableIdDiagnosis Diagnose(string value)
        {
            HmDiagnosis d;
            int status;
            fixed (char* input = value)
            {
                status = NativeMethods.hm_diagnose_utf16(input, (nuint)value.Length, &d);
            }

            if (status != Ok)
            {
                // The value could not even be read (too long, unpaired surrogate): invalid, for that reason.
                return new ImmutableIdDiagnosis(value, ImmutableIdVerdict.Invalid, (HardMatchStatus)status, StatusMessage(status), null);
            }

            string corrected = Ascii(d.Corrected, HmDiagnosis.CorrectedCap);
            string reason = Utf8(d.Reason, HmDiagnosis.ReasonCap);
            return new ImmutableIdDiagnosis(value, (ImmutableIdVerdict)d.Verdict, (HardMatchStatus)d.Finding, reason, corrected.Length == 0 ? null : corrected);
        }

        /// <summary>Compares an on-premises anchor text (in form onPremFrom) with a cloud ImmutableId.</summary>
        internal static int Match(string onPrem, SourceAnchorForm onPremFrom, string cloud, out AnchorMatch result)
        {
            int match = (int)AnchorMatch.Invalid;
            int status;
            fixed (char* o = onPrem)
            fixed (char* c = cloud)
            {
                status = NativeMethods.hm_match_utf16((int)onPremFrom, o, (nuint)onPrem.Length, c, (nuint)cloud.Length, &match);
            }

            result = status == Ok ? (AnchorMatch)match : AnchorMatch.Invalid;
            return status;
        }

        /// <summary>
        /// N GUIDs (16 x N bytes in AD order) to N ImmutableIds in one native call.
        /// </summary>
        internal static string[] ImmutableIdsFromBytes(byte[] bytes)
        {
            if (bytes.Length < 16)
            {
                return new string[0]; // An empty array pins to NULL, which the library (rightly) refuses.
            }

            fixed (byte* b = bytes)
            {
                return ImmutableIdsFromBytes(b, bytes.Length / 16);
            }
        }

        /// <summary>A Guid[] is its own 16 x N bytes in AD order on little-endian machines: pin it, no copy.</summary>
        internal static string[] ImmutableIdsFromGuids(Guid[] guids)
        {
            if (guids.Length == 0)
            {
                return new string[0];
            }

            fixed (Guid* g = guids)
            {
                return ImmutableIdsFromBytes((byte*)g, guids.Length);
            }
        }

        /// <summary>GUIDs per native call of the raw batch: 6 KB of characters on the stack.</summary>
        private const int RawChunk = 128;

        private static string[] ImmutableIdsFromBytes(byte* bytes, int count)
        {
            string[] ids = new string[count];
            // A chunk at a time through one small stack buffer: a single 48 MB char[] for a million
            // GUIDs (zeroed, on the large-object heap) costs more than the extra native calls.
            const int capacity = (RawChunk * 24) + 1;
            char* output = stackalloc char[capacity];
            using var burst = AllocationBurst.ForStrings(count, 24);
            for (int start = 0; start < count; start += RawChunk)
            {
                int n = Math.Min(RawChunk, count - start);
                nuint length;
                int status = NativeMethods.hm_immutable_ids_from_bytes_utf16(bytes + ((long)start * 16), (nuint)n * 16, output, capacity, &length);
                ThrowIfCallFailed(status, "hm_immutable_ids_from_bytes_utf16");
                for (int i = 0; i < n; i++)
                {
                    ids[start + i] = new string(output, i * 24, 24);
                }
            }

            return ids;
        }

        /// <summary>
        /// Many strings from one form to a native text form in one call: the values laid end to end in
        /// one char buffer with their lengths. results[i] is null where statuses[i] is not Ok.
        /// </summary>
        internal static string?[] ConvertBatch(string[] values, SourceAnchorForm from, SourceAnchorForm to, out int[] statuses)
        {
            int count = values.Length;
            var results = new string?[count];
            statuses = new int[count];
            if (count == 0)
            {
                return results;
            }

            long total = 0;
            nuint[] lengths = new nuint[count];
            for (int i = 0; i < count; i++)
            {
                lengths[i] = (nuint)values[i].Length;
                total += values[i].Length;
            }

            // At least one char: an empty array would pin to NULL even when every value is "".
            char[] input = new char[Math.Max(1, checked((int)total))];
            int offset = 0;
            for (int i = 0; i < count; i++)
            {
                values[i].CopyTo(0, input, offset, values[i].Length);
                offset += values[i].Length;
            }

            int width = Widths[(int)to];
            char[] output = new char[checked(count * width + 1)];
            fixed (char* inp = input)
            fixed (nuint* lens = lengths)
            fixed (char* outp = output)
            fixed (int* st = statuses)
            {
                nuint written;
                int status = NativeMethods.hm_convert_batch_utf16((int)from, (int)to, inp, (nuint)total, lens, (nuint)count, outp, (nuint)output.Length, &written, st);
                if (status != Ok && status != (int)HardMatchStatus.BatchPartial)
                {
                    ThrowIfCallFailed(status, "hm_convert_batch_utf16");
                }

                using var burst = AllocationBurst.ForStrings(count, width);
                for (int i = 0; i < count; i++)
                {
                    if (st[i] == Ok)
                    {
                        results[i] = new string(outp, i * width, width);
                    }
                }
            }

            return results;
        }

        private static void ThrowIfCallFailed(int status, string function)
        {
            if (status != Ok)
            {
                // Only a wrapper or library bug gets here: every argument was sized and checked.
                throw new InvalidOperationException(function + " failed with status " + status + ": " + StatusMessage(status));
            }
        }

        private static string Utf8(IntPtr text)
        {
            if (text == IntPtr.Zero)
            {
                return string.Empty;
            }

            byte* p = (byte*)text;
            int length = 0;
            while (p[length] != 0)
            {
                length++;
            }

            return Encoding.UTF8.GetString(p, length);
        }

        private static string Utf8(byte* buffer, int cap)
        {
            int length = 0;
            while (length < cap && buffer[length] != 0)
            {
                length++;
            }

            return Encoding.UTF8.GetString(buffer, length);
        }

        private static string Ascii(byte* buffer, int cap)
        {
            int length = 0;
            while (length < cap && buffer[length] != 0)
            {
                length++;
            }

            return length == 0 ? string.Empty : Encoding.ASCII.GetString(buffer, length);
        }
    }
}
