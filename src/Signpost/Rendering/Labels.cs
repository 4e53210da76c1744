using System.Collections.Frozen;

namespace Signpost.Rendering;

/// <summary>Interface words in English and Chinese; unknown keys fall back to English.</summary>
public static class Labels
{
    private static readonly FrozenDictionary<string, string> Zh = new Dictionary<string, string>
    {
        ["Fix Rate"] = "修复率",
        ["Confidence"] = "置信度",
        ["Evidence"] = "证据",
        ["First Seen"] = "首次发现",
        ["Last Confirmed"] = "最近确认",
        ["Version Compatibility"] = "版本兼容性",
        ["Version"] = "版本",
        ["Status"] = "状态",
        ["Introduced"] = "引入",
        ["Deprecated"] = "弃用",
        ["Notes"] = "备注",
        ["Root Cause"] = "根本原因",
        ["Official Documentation"] = "官方文档",
        ["Workarounds"] = "解决方法",
        ["Dead Ends"] = "无效尝试",
        ["success"] = "成功率",
        ["fail"] = "失败率",
        ["Why it fails"] = "为何无效",
        ["Steps"] = "步骤",
        ["When"] = "适用条件",
        ["Tradeoff"] = "代价",
        ["Misconception"] = "常见误解",
        ["Usually leads to"] = "通常接下来会遇到",
        ["Often preceded by"] = "之前常出现",
        ["Often confused with"] = "容易混淆",
        ["Also available as"] = "其他格式",
        ["Examples"] = "错误示例",
        ["No known entry"] = "没有已知条目",
        ["Matched"] = "匹配原因",
        ["Not translated"] = "本条目尚无中文翻译,以下显示英文原文。",
        ["Common approaches that don't work:"] = "常见但无效的做法:",
        ["Review status"] = "审核状态",
        ["Source"] = "来源",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Get(string key, string lang) =>
        lang == "zh" && Zh.TryGetValue(key, out var text) ? text : key;

    public static bool IsSupported(string lang) => lang is "en" or "zh";
}
