using System;
using System.Collections;
using System.Management.Automation;

namespace HardMatch.PowerShell.Internal
{
    internal enum AnchorKind
    {
        Guid,
        Bytes,
        Text,
        Null,
        List,
        Unsupported,
    }

    /// <summary>
    /// One input value, sorted by what it holds. The cmdlets take an [object] InputObject so a
    /// [guid], a string, a byte[] and a whole AD user all bind by value; this is where an object
    /// is unwrapped and, when it is no anchor itself, searched for its anchor properties.
    /// </summary>
    internal readonly struct AnchorInput
    {
        /// <summary>
        /// Where an on-premises object keeps its anchor, in order: mS-DS-ConsistencyGuid first,
        /// since Connect 1.1.524+ anchors on it when it is set; then Get-ADUser's ObjectGUID.
        /// </summary>
        public static readonly string[] OnPremisesProperties = { "mS-DS-ConsistencyGuid", "ObjectGUID", "Guid" };

        /// <summary>Where a cloud user keeps it: Get-MsolUser's ImmutableId, Graph's and Entra's OnPremisesImmutableId.</summary>
        public static readonly string[] CloudProperties = { "ImmutableId", "OnPremisesImmutableId" };

        private AnchorInput(AnchorKind kind, Guid guid, object? value, object? original)
        {
            Kind = kind;
            Guid = guid;
            Value = value;
            Original = original;
        }

        public AnchorKind Kind { get; }

        public Guid Guid { get; }

        /// <summary>The anchor value itself: string, byte[], IList, or the unsupported object.</summary>
        public object? Value { get; }

        /// <summary>What the caller passed (the AD user, for -PassThru), as given.</summary>
        public object? Original { get; }

        public string Text => (string)Value!;

        public byte[] Bytes => (byte[])Value!;

        /// <summary>The value to name in an error record: the anchor value, or the object when there is none.</summary>
        public object? Target => Kind == AnchorKind.Null ? null : Value;

        /// <summary>
        /// Sorts one value. properties are tried in order on an object that is no anchor itself;
        /// the first present and non-null one wins. allowList: a top-level array (batch), not one
        /// nested inside an array or a property.
        /// </summary>
        public static AnchorInput From(object? input, string[] properties, bool allowList)
        {
            object? original = input;
            object? value = input is PSObject pso ? pso.BaseObject : input;
            switch (value)
            {
                case null:
                    return new AnchorInput(AnchorKind.Null, default, null, original);
                case Guid g:
                    return new AnchorInput(AnchorKind.Guid, g, value, original);
                case string s:
                    return new AnchorInput(AnchorKind.Text, default, s, original);
                case byte[] b:
                    return new AnchorInput(AnchorKind.Bytes, default, b, original);
                case IList list when !(value is IDictionary):
                    return allowList
                        ? new AnchorInput(AnchorKind.List, default, list, original)
                        : new AnchorInput(AnchorKind.Unsupported, default, list, original);
            }

            // An object: a PSCustomObject's base is an empty PSCustomObject, so look at the wrapper.
            PSObject wrapper = input as PSObject ?? PSObject.AsPSObject(value);
            foreach (string name in properties)
            {
                PSPropertyInfo? property = wrapper.Properties[name];
                if (property == null)
                {
                    continue;
                }

                object? propertyValue = SafeGet(property);
                if (propertyValue == null || (propertyValue is PSObject p && p.BaseObject == null))
                {
                    continue;
                }

                AnchorInput inner = From(propertyValue, Array.Empty<string>(), allowList: false);
                return new AnchorInput(inner.Kind, inner.Guid, inner.Value, original);
            }

            return new AnchorInput(AnchorKind.Unsupported, default, original, original);
        }

        private static object? SafeGet(PSPropertyInfo property)
        {
            try
            {
                return property.Value;
            }
            catch (GetValueException)
            {
                // A getter that throws holds no anchor for us; treat it as absent.
                return null;
            }
        }
    }
}
