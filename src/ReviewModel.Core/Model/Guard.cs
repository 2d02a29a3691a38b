using System;

namespace ReviewModel.Model;

/// <summary>Argument checks shared by the model's constructors.</summary>
internal static class Guard
{
    public static T NotNull<T>(T? value, string name)
        where T : class =>
        value ?? throw new ArgumentNullException(name);

    public static string NotBlank(string? value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException($"{name} 不能为空 ({name} must not be empty or white space).", name);
        }

        return value;
    }
}
