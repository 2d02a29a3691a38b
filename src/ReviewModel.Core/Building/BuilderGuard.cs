using System;

namespace ReviewModel.Building;

/// <summary>Argument checks that name the document path in their messages.</summary>
internal static class BuilderGuard
{
    public static T NotNull<T>(T? value, string parameter, string path)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter, $"{path}: {parameter} 不能为 null ({parameter} must not be null).");

    public static string Text(string? value, string parameter, string path) => NotNull(value, parameter, path);

    public static string Id(string? id, string parameter, string path)
    {
        NotNull(id, parameter, path);
        if (id!.Trim().Length == 0)
        {
            throw new ArgumentException($"{path}: ID 不能为空 (an ID must not be empty or white space).", parameter);
        }

        return id;
    }

    public static void Once(object? current, string what, string path)
    {
        if (current is not null)
        {
            throw new ReviewBuildException(path, $"{what}已设置，不能重复设置 ({what} is already set; a document has one).");
        }
    }
}
