// A tiny GoogleTest program whose only purpose is to produce real JUnit XML for Slipway's tests.
#include <gtest/gtest.h>
#include <string>

TEST(Arithmetic, Adds) {
    EXPECT_EQ(2 + 2, 4);
}
TEST(Arithmetic, TwoFailuresInOneTest) {
    EXPECT_EQ(1 + 1, 3) << "first <failure> & \"quotes\"";
    EXPECT_TRUE(std::string("a") == "b") << "second failure";
}
TEST(Arithmetic, SkippedAtRuntime) {
    GTEST_SKIP() << "needs a GPU";
}
TEST(Arithmetic, DISABLED_NotRun) {
    FAIL();
}
TEST(Text, Utf8Message) {
    EXPECT_EQ(std::string("Grüße"), std::string("Gruesse"));
}

class Widths : public ::testing::TestWithParam<int> {};
TEST_P(Widths, Positive) {
    EXPECT_GT(GetParam(), 0);
}
INSTANTIATE_TEST_SUITE_P(Small, Widths, ::testing::Values(1, 2, -3));
