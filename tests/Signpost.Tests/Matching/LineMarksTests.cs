using Signpost.Matching;

namespace Signpost.Tests.Matching;

public sealed class LineMarksTests
{
    [Fact]
    public void A_literal_is_seen_once_per_line_and_a_pattern_woken_once()
    {
        var marks = LineMarks.ForThread(200, 200);

        Assert.True(marks.See(130));
        Assert.False(marks.See(130));
        marks.Wake(65, 10);
        marks.Wake(65, 20);
        marks.Wake(3, 30);

        Assert.True(marks.Saw(130));
        Assert.False(marks.Saw(131));
        Assert.Equal([(65, 10), (3, 30)], marks.Woken);
        marks.Clear();
    }

    [Fact]
    public void The_next_line_starts_with_nothing_seen_or_woken()
    {
        var marks = LineMarks.ForThread(200, 200);
        marks.See(7);
        marks.Wake(199, 1);

        marks.Clear();

        Assert.False(marks.Saw(7));
        Assert.Empty(marks.Woken);
        Assert.True(marks.See(7));
        marks.Wake(199, 2);
        Assert.Equal([(199, 2)], marks.Woken);
        marks.Clear();
    }

    [Fact]
    public void A_thread_gets_its_marks_back_cleared_and_large_enough()
    {
        var small = LineMarks.ForThread(10, 10);
        small.See(5);

        var again = LineMarks.ForThread(10, 10);
        var larger = LineMarks.ForThread(1000, 1000);

        Assert.Same(small, again);
        Assert.False(again.Saw(5));
        Assert.True(larger.See(999));
        larger.Clear();
    }
}
