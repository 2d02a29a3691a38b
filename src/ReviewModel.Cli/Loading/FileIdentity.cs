using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ReviewModel.Cli.Loading;

/// <summary>
/// Whether two paths name the same file: the same path once symbolic links are followed, or — when
/// both exist — the same file identity, so that hard links are caught too (device and inode on
/// Unix, volume serial number and file index on Windows). Never throws: when the identity cannot be
/// read the resolved paths decide.
/// </summary>
internal static class FileIdentity
{
    public static bool Same(string a, string b)
    {
        string resolvedA, resolvedB;
        try
        {
            resolvedA = Resolve(a);
            resolvedB = Resolve(b);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            return false;
        }

        if (string.Equals(resolvedA, resolvedB, OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }

        if (!File.Exists(resolvedA) || !File.Exists(resolvedB))
        {
            return false;
        }

        var idA = Id(resolvedA);
        var idB = Id(resolvedB);
        return idA is not null && idB is not null && idA.AsSpan().SequenceEqual(idB);
    }

    /// <summary>The full path with the final symbolic link (chain) followed, and the folder's links too.</summary>
    private static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full);
        if (directory is not null && Directory.Exists(directory))
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                full = Path.Combine(target.FullName, Path.GetFileName(full));
            }
        }

        if (File.Exists(full))
        {
            var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
            if (target is not null)
            {
                return Path.GetFullPath(target.FullName);
            }
        }

        return full;
    }

    /// <summary>Bytes that identify the file on its volume, or null when they cannot be read.</summary>
    private static byte[]? Id(string path)
    {
        try
        {
            if (OperatingSystem.IsWindows())
            {
                using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                return GetFileInformationByHandle(handle, out var info)
                    ? Concat(BitConverter.GetBytes(info.VolumeSerialNumber), info.FileIndexHigh, info.FileIndexLow)
                    : null;
            }

            // struct stat starts with st_dev then st_ino on 64-bit Linux (x64 and arm64): bytes 0–15.
            // On macOS they are st_dev, st_mode, st_nlink, st_ino: the same file gives the same 16 bytes there too.
            var buffer = new byte[512];
            int result;
            try
            {
                result = Stat(path, buffer);
            }
            catch (EntryPointNotFoundException)
            {
                // glibc before 2.33 exports stat only as __xstat(version, …): version 1 on x64, 0 elsewhere.
                result = XStat(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 1 : 0, path, buffer);
            }

            if (result != 0)
            {
                return null;
            }

            return buffer.AsSpan(0, 16).ToArray();
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return null;
        }
    }

    private static byte[] Concat(byte[] volume, uint high, uint low)
    {
        var bytes = new byte[volume.Length + 8];
        volume.CopyTo(bytes, 0);
        BitConverter.GetBytes(high).CopyTo(bytes, volume.Length);
        BitConverter.GetBytes(low).CopyTo(bytes, volume.Length + 4);
        return bytes;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "__xstat", SetLastError = true)]
    private static extern int XStat(int version, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

    [DllImport("kernel32.dll", SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    [StructLayout(LayoutKind.Sequential)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public System.Runtime.InteropServices.ComTypes.FILETIME CreationTime;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastAccessTime;
        public System.Runtime.InteropServices.ComTypes.FILETIME LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }
}
