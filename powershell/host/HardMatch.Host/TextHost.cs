using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Management.Automation.Host;
using System.Security;
using System.Text.RegularExpressions;

namespace HardMatch.Host
{
    /// <summary>
    /// The least a PowerShell host needs for the engine's formatter to draw through it: Out-Default
    /// and Out-Host write the tables and lists of *.Format.ps1xml views as text to a TextWriter, as
    /// pwsh draws them on a console, in colour only where <c>colour</c> says the writer is a terminal.
    /// Nothing is read: a script that prompts fails instead of waiting.
    /// </summary>
    public sealed class TextHost : PSHost
    {
        private readonly TextUserInterface ui;

        public TextHost(TextWriter output, TextWriter errors, int width = 120, bool colour = false)
        {
            ui = new TextUserInterface(output, errors, width, colour);
        }

        public override string Name => "HardMatch.Host";

        public override Version Version => new Version(0, 1);

        public override Guid InstanceId { get; } = Guid.NewGuid();

        public override PSHostUserInterface UI => ui;

        public override CultureInfo CurrentCulture => CultureInfo.InvariantCulture;

        public override CultureInfo CurrentUICulture => CultureInfo.InvariantCulture;

        public override void SetShouldExit(int exitCode)
        {
        }

        public override void EnterNestedPrompt() => throw new NotSupportedException("no nested prompts in HardMatch.Host");

        public override void ExitNestedPrompt() => throw new NotSupportedException("no nested prompts in HardMatch.Host");

        public override void NotifyBeginApplication()
        {
        }

        public override void NotifyEndApplication()
        {
        }

        private sealed class TextUserInterface : PSHostUserInterface
        {
            private static readonly Regex ColourCode = new Regex("\u001b\\[[0-9;]*m", RegexOptions.Compiled);

            private readonly TextWriter output;
            private readonly TextWriter errors;

            internal TextUserInterface(TextWriter output, TextWriter errors, int width, bool colour)
            {
                this.output = output;
                this.errors = errors;
                RawUI = new FixedWidthRawUserInterface(width);
                SupportsVirtualTerminal = colour;
            }

            public override PSHostRawUserInterface RawUI { get; }

            public override bool SupportsVirtualTerminal { get; }

            public override void Write(string value) => output.Write(Plain(value));

            public override void Write(ConsoleColor foregroundColor, ConsoleColor backgroundColor, string value) => output.Write(Plain(value));

            public override void WriteLine(string value) => output.WriteLine(Plain(value));

            /// <summary>
            /// The hosted engine's formatter colours table headers whatever the host says it supports
            /// ($PSStyle.OutputRendering is not consulted for a custom host), so the codes come out here.
            /// </summary>
            private string Plain(string value) =>
                SupportsVirtualTerminal || value.IndexOf('\u001b') < 0 ? value : ColourCode.Replace(value, string.Empty);

            public override void WriteErrorLine(string value) => errors.WriteLine(value);

            public override void WriteDebugLine(string message) => errors.WriteLine("DEBUG: " + message);

            public override void WriteVerboseLine(string message) => errors.WriteLine("VERBOSE: " + message);

            public override void WriteWarningLine(string message) => errors.WriteLine("WARNING: " + message);

            public override void WriteProgress(long sourceId, ProgressRecord record)
            {
            }

            public override string ReadLine() => throw NoInput();

            public override SecureString ReadLineAsSecureString() => throw NoInput();

            public override Dictionary<string, PSObject> Prompt(string caption, string message, Collection<FieldDescription> descriptions) => throw NoInput();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName) => throw NoInput();

            public override PSCredential PromptForCredential(string caption, string message, string userName, string targetName, PSCredentialTypes allowedCredentialTypes, PSCredentialUIOptions options) => throw NoInput();

            public override int PromptForChoice(string caption, string message, Collection<ChoiceDescription> choices, int defaultChoice) => throw NoInput();

            private static PSInvalidOperationException NoInput() => new PSInvalidOperationException("HardMatch.Host reads no input; pass values as arguments");
        }

        /// <summary>A console of fixed width, which is all the formatter asks of it.</summary>
        private sealed class FixedWidthRawUserInterface : PSHostRawUserInterface
        {
            internal FixedWidthRawUserInterface(int width)
            {
                BufferSize = new Size(width, 9999);
                WindowSize = new Size(width, 50);
            }

            public override ConsoleColor BackgroundColor { get; set; } = ConsoleColor.Black;

            public override ConsoleColor ForegroundColor { get; set; } = ConsoleColor.Gray;

            public override Size BufferSize { get; set; }

            public override Coordinates CursorPosition { get; set; }

            public override int CursorSize { get; set; }

            public override bool KeyAvailable => false;

            public override Size MaxPhysicalWindowSize => WindowSize;

            public override Size MaxWindowSize => WindowSize;

            public override Coordinates WindowPosition { get; set; }

            public override Size WindowSize { get; set; }

            public override string WindowTitle { get; set; } = "HardMatch.Host";

            public override void FlushInputBuffer()
            {
            }

            public override BufferCell[,] GetBufferContents(Rectangle rectangle) => throw new NotSupportedException();

            public override KeyInfo ReadKey(ReadKeyOptions options) => throw new NotSupportedException();

            public override void ScrollBufferContents(Rectangle source, Coordinates destination, Rectangle clip, BufferCell fill) => throw new NotSupportedException();

            public override void SetBufferContents(Coordinates origin, BufferCell[,] contents) => throw new NotSupportedException();

            public override void SetBufferContents(Rectangle rectangle, BufferCell fill) => throw new NotSupportedException();
        }
    }
}
