using System;
using System.Collections;
using System.Management.Automation;
using HardMatch.PowerShell.Model;
using HardMatch.PowerShell.Native;

namespace HardMatch.PowerShell.Internal
{
    /// <summary>
    /// The shared engine of the three conversion cmdlets. Pipeline input streams item by item on
    /// a cheap path (type tests, one P/Invoke, one string); an array passed as one argument goes
    /// through the native batch calls in one crossing. Output order always follows input order,
    /// errors included.
    /// </summary>
    public abstract class ConversionCmdletBase : AnchorCmdletBase
    {
        /// <summary>The form string input is read in (Auto detects it).</summary>
        internal abstract SourceAnchorForm InputForm { get; }

        internal abstract SourceAnchorForm OutputForm { get; }

        /// <summary>Properties searched, in order, on an object that is no anchor itself.</summary>
        internal abstract string[] AnchorProperties { get; }

        /// <summary>What the error for an unsupported input says was expected.</summary>
        internal abstract string Expected { get; }

        /// <summary>False where only strings make sense (ConvertFrom-ImmutableId).</summary>
        internal virtual bool AcceptsRawAnchors => true;

        /// <summary>False where Emit does more than write the result (-PassThru).</summary>
        internal virtual bool WritesResultsAsIs => true;

        /// <summary>Writes one converted value; -PassThru overrides this.</summary>
        internal virtual void Emit(in AnchorInput input, object result)
        {
            // A byte[] is one value: unrolled, it would become 16 separate bytes downstream.
            WriteObject(result, enumerateCollection: false);
        }

        internal void ProcessInput(object? inputObject)
        {
            AnchorInput input = AnchorInput.From(inputObject, AnchorProperties, allowList: true);
            if (input.Kind == AnchorKind.List)
            {
                ProcessList((IList)input.Value!);
            }
            else if (TryConvert(input, out object? result))
            {
                Emit(input, result!);
            }
        }

        /// <summary>Converts one value, or writes its error record and returns false.</summary>
        internal bool TryConvert(in AnchorInput input, out object? result)
        {
            result = null;
            switch (input.Kind)
            {
                case AnchorKind.Guid:
                    if (!AcceptsRawAnchors)
                    {
                        // Let the library say what a GUID is doing where an ImmutableId belongs.
                        return TryConvertText(input.Guid.ToString(), out result);
                    }

                    result = FromGuid(input.Guid);
                    return true;
                case AnchorKind.Bytes:
                    return TryConvertBytes(input.Bytes, out result);
                case AnchorKind.Text:
                    return TryConvertText(input.Text, out result);
                case AnchorKind.Null:
                    WriteNullError();
                    return false;
                default:
                    WriteUnsupportedError(input.Value, Expected);
                    return false;
            }
        }

        private unsafe object FromGuid(Guid guid)
        {
            switch (OutputForm)
            {
                case SourceAnchorForm.ImmutableId:
                    return HardMatchLibrary.ImmutableIdOf(guid);
                case SourceAnchorForm.Guid:
                    return guid;
                case SourceAnchorForm.Bytes:
                    return guid.ToByteArray();
                default:
                    byte[] bytes = guid.ToByteArray();
                    fixed (byte* b = bytes)
                    {
                        return HardMatchLibrary.FromBytes(b, OutputForm);
                    }
            }
        }

        private unsafe bool TryConvertBytes(byte[] bytes, out object? result)
        {
            result = null;
            if (!AcceptsRawAnchors)
            {
                WriteUnsupportedError(bytes, Expected);
                return false;
            }

            if (bytes.Length != 16)
            {
                WriteBytesLengthError(bytes);
                return false;
            }

            fixed (byte* b = bytes)
            {
                result = OutputForm switch
                {
                    SourceAnchorForm.ImmutableId => HardMatchLibrary.ImmutableIdOf(b),
                    SourceAnchorForm.Guid => new Guid(bytes),
                    SourceAnchorForm.Bytes => (byte[])bytes.Clone(),
                    _ => HardMatchLibrary.FromBytes(b, OutputForm),
                };
            }

            return true;
        }

        private bool TryConvertText(string text, out object? result)
        {
            result = null;
            if (InputForm == SourceAnchorForm.Bytes)
            {
                WriteUnsupportedError(text, "a byte[] of 16 bytes (-From Bytes)");
                return false;
            }

            int status;
            if (OutputForm == SourceAnchorForm.Bytes)
            {
                status = HardMatchLibrary.TryToBytes(text, InputForm, out byte[]? bytes);
                result = bytes;
            }
            else
            {
                status = HardMatchLibrary.TryConvert(text, InputForm, OutputForm, out string? converted);
                result = converted == null ? null : OutputForm == SourceAnchorForm.Guid ? (object)new Guid(converted) : converted;
            }

            if (status != 0)
            {
                WriteTextError(text, InputForm);
                return false;
            }

            return true;
        }

        /// <summary>
        /// An array given as one argument (which PowerShell, as for any -InputObject, treats as one
        /// value): converted in one native call. -PassThru writes the objects one by one, since
        /// cmdlets downstream bind them by property name; plain results go out by WriteResults.
        /// </summary>
        private void ProcessList(IList list)
        {
            if (WritesResultsAsIs && OutputForm == SourceAnchorForm.ImmutableId && AcceptsRawAnchors && BitConverter.IsLittleEndian)
            {
                if (list is Guid[] guids)
                {
                    // In memory a Guid[] is already the 16 x N bytes in AD order: no copy at all.
                    WriteResults(HardMatchLibrary.ImmutableIdsFromGuids(guids));
                    return;
                }

                if (TryAllGuids(list, out byte[]? packed))
                {
                    WriteResults(HardMatchLibrary.ImmutableIdsFromBytes(packed!));
                    return;
                }
            }

            int count = list.Count;
            var inputs = new AnchorInput[count];
            var results = new object?[count];
            var batched = new bool[count];
            int rawCount = 0;
            int textCount = 0;
            bool rawBatch = OutputForm == SourceAnchorForm.ImmutableId && AcceptsRawAnchors;
            bool textBatch = InputForm != SourceAnchorForm.Bytes;
            for (int i = 0; i < count; i++)
            {
                inputs[i] = AnchorInput.From(list[i], AnchorProperties, allowList: false);
                AnchorKind kind = inputs[i].Kind;
                if (rawBatch && (kind == AnchorKind.Guid || (kind == AnchorKind.Bytes && inputs[i].Bytes.Length == 16)))
                {
                    rawCount++;
                }
                else if (textBatch && kind == AnchorKind.Text)
                {
                    textCount++;
                }
            }

            if (rawCount > 0)
            {
                ConvertRawBatch(inputs, results, batched, rawCount);
            }

            if (textCount > 0)
            {
                ConvertTextBatch(inputs, results, batched, textCount);
            }

            // Items the batches did not take, and the error record of every failed item, in order.
            for (int i = 0; i < count; i++)
            {
                if (!batched[i])
                {
                    TryConvert(inputs[i], out results[i]);
                }
                else if (results[i] == null)
                {
                    WriteTextError(inputs[i].Text, InputForm);
                }

                if (!WritesResultsAsIs && results[i] != null)
                {
                    Emit(inputs[i], results[i]!);
                }
            }

            if (WritesResultsAsIs)
            {
                WriteResults(TypedArray(results));
            }
        }

        /// <summary>
        /// When a command follows in the pipeline, results stream one by one as PowerShell users
        /// expect (a failed item, already reported, is left out). When the caller collects them
        /// ($ids = ..., (...), foreach), they go back as ONE array aligned with the input, $null
        /// where an item failed: the engine's per-object cost for a million single writes is
        /// far more than the conversion, and $ids[$i] stays the result of input $i.
        /// </summary>
        private void WriteResults(Array results)
        {
            if (MyInvocation.PipelinePosition < MyInvocation.PipelineLength)
            {
                foreach (object? result in results)
                {
                    if (result != null)
                    {
                        // A byte[] is one value: unrolled it would become 16 bytes downstream.
                        WriteObject(result, enumerateCollection: false);
                    }
                }
            }
            else
            {
                WriteObject(results, enumerateCollection: false);
            }
        }

        /// <summary>string[] for the text forms, byte[][] for Bytes, object[] of [guid] for Guid.</summary>
        private Array TypedArray(object?[] results)
        {
            switch (OutputForm)
            {
                case SourceAnchorForm.Guid:
                    return results;
                case SourceAnchorForm.Bytes:
                    var bytes = new byte[]?[results.Length];
                    for (int i = 0; i < results.Length; i++)
                    {
                        bytes[i] = (byte[]?)results[i];
                    }

                    return bytes;
                default:
                    var texts = new string?[results.Length];
                    for (int i = 0; i < results.Length; i++)
                    {
                        texts[i] = (string?)results[i];
                    }

                    return texts;
            }
        }

        /// <summary>The common case of an object[] of [guid]s: packed without sorting each item.</summary>
        private static unsafe bool TryAllGuids(IList list, out byte[]? packed)
        {
            packed = null;
            int count = list.Count;
            if (count == 0)
            {
                return false;
            }

            byte[] bytes = new byte[checked(count * 16)];
            fixed (byte* buffer = bytes)
            {
                for (int i = 0; i < count; i++)
                {
                    object? item = list[i];
                    if (item is PSObject pso)
                    {
                        item = pso.BaseObject;
                    }

                    if (!(item is Guid guid))
                    {
                        return false;
                    }

                    *(Guid*)(buffer + (i * 16)) = guid;
                }
            }

            packed = bytes;
            return true;
        }

        private static unsafe void ConvertRawBatch(AnchorInput[] inputs, object?[] results, bool[] batched, int rawCount)
        {
            byte[] bytes = new byte[checked(rawCount * 16)];
            int[] index = new int[rawCount];
            int n = 0;
            fixed (byte* buffer = bytes)
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    AnchorKind kind = inputs[i].Kind;
                    if (kind == AnchorKind.Guid)
                    {
                        if (BitConverter.IsLittleEndian)
                        {
                            // In memory a Guid is its ToByteArray() order on little-endian machines.
                            *(Guid*)(buffer + (n * 16)) = inputs[i].Guid;
                        }
                        else
                        {
                            Buffer.BlockCopy(inputs[i].Guid.ToByteArray(), 0, bytes, n * 16, 16);
                        }
                    }
                    else if (kind == AnchorKind.Bytes && inputs[i].Bytes.Length == 16)
                    {
                        Buffer.BlockCopy(inputs[i].Bytes, 0, bytes, n * 16, 16);
                    }
                    else
                    {
                        continue;
                    }

                    index[n++] = i;
                }
            }

            string[] ids = HardMatchLibrary.ImmutableIdsFromBytes(bytes);
            for (int k = 0; k < rawCount; k++)
            {
                results[index[k]] = ids[k];
                batched[index[k]] = true;
            }
        }

        private void ConvertTextBatch(AnchorInput[] inputs, object?[] results, bool[] batched, int textCount)
        {
            string[] texts = new string[textCount];
            int[] index = new int[textCount];
            int n = 0;
            for (int i = 0; i < inputs.Length; i++)
            {
                if (inputs[i].Kind == AnchorKind.Text && !batched[i])
                {
                    texts[n] = inputs[i].Text;
                    index[n++] = i;
                }
            }

            SourceAnchorForm nativeTo = OutputForm == SourceAnchorForm.Bytes ? SourceAnchorForm.Guid : OutputForm;
            string?[] converted = HardMatchLibrary.ConvertBatch(texts, InputForm, nativeTo, out int[] _);
            for (int k = 0; k < textCount; k++)
            {
                string? text = converted[k];
                batched[index[k]] = true;
                results[index[k]] = text == null ? null
                    : OutputForm == SourceAnchorForm.Guid ? new Guid(text)
                    : OutputForm == SourceAnchorForm.Bytes ? new Guid(text).ToByteArray()
                    : (object)text;
            }
        }
    }
}
