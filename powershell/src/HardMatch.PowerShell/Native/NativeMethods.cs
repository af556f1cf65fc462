using System;
using System.Runtime.InteropServices;
using System.Security;

namespace HardMatch.PowerShell.Native
{
    /// <summary>
    /// The native diagnosis, laid out exactly as the C struct HmDiagnosis: fixed buffers keep it
    /// blittable, so it lives on the caller's stack and crosses the boundary without marshalling.
    /// </summary>
    [StructLayout(LayoutKind.Sequential)]
    internal unsafe struct HmDiagnosis
    {
        public const int CorrectedCap = 25;
        public const int ReasonCap = 320;

        public int Verdict;
        public int Finding;
        public fixed byte Corrected[CorrectedCap];
        public fixed byte Reason[ReasonCap];
    }

    /// <summary>
    /// P/Invokes of include/hardmatch.h. Only the UTF-16 entry points are bound: .NET strings are
    /// UTF-16 already, so pinned strings go straight through, with no transcoding.
    /// size_t is <c>nuint</c>; the library name resolves through <see cref="NativeLibraryLoader"/>.
    /// </summary>
    [SuppressUnmanagedCodeSecurity]
    internal static unsafe class NativeMethods
    {
        internal const string Library = "hardmatch";

        /// <summary>HM_MAX_INPUT_LEN: longer values are refused by the library.</summary>
        internal const int MaxInputLength = 65536;

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern nuint hm_format_width(int format);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_convert_utf16(int from, int to, char* input, nuint inputLen, char* output, nuint outCap, nuint* outLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_convert_batch_utf16(int from, int to, char* input, nuint inputLen, nuint* itemLens, nuint count, char* output, nuint outCap, nuint* outLen, int* statuses);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_immutable_ids_from_bytes_utf16(byte* bytes, nuint bytesLen, char* output, nuint outCap, nuint* outLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_explain_utf16(int from, char* input, nuint inputLen, char* output, nuint outCap, nuint* outLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_to_bytes_utf16(int from, char* input, nuint inputLen, byte* output, nuint outCap);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_from_bytes_utf16(int to, byte* bytes, nuint bytesLen, char* output, nuint outCap, nuint* outLen);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr hm_status_message(int status);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern IntPtr hm_version();

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_diagnose_utf16(char* input, nuint inputLen, HmDiagnosis* output);

        [DllImport(Library, CallingConvention = CallingConvention.Cdecl, ExactSpelling = true)]
        internal static extern int hm_match_utf16(int onPremFrom, char* onPrem, nuint onPremLen, char* cloud, nuint cloudLen, int* result);
    }
}
