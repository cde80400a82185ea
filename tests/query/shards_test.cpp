// Sharded search: shard list files and remote shards served by xapian-tcpsrv on loopback give
// the same results as one index holding everything.

#include <gtest/gtest.h>

#include <netinet/in.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

#include "core/error.hpp"
#include "indexer/indexer.hpp"
#include "query/cited_by.hpp"
#include "query/searcher.hpp"
#include "support/test_support.hpp"

extern char** environ;

namespace paragraf::query {
namespace {

// A port the kernel has just found free on loopback.
int free_port() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        ::close(fd);
        return 0;
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

std::string find_tcpsrv() {
    for (const char* path : {"/usr/bin/xapian-tcpsrv", "/usr/local/bin/xapian-tcpsrv"})
        if (::access(path, X_OK) == 0) return path;
    return {};
}

// xapian-tcpsrv serving one index on 127.0.0.1, stopped when this goes out of scope.
class TcpServer {
  public:
    TcpServer(const std::string& binary, const std::string& db) : port_(free_port()) {
        const std::string port = std::to_string(port_);
        std::vector<std::string> args{binary,      "--port",  port, "--interface",
                                      "127.0.0.1", "--quiet", db};
        std::vector<char*> argv;
        for (std::string& a : args) argv.push_back(a.data());
        argv.push_back(nullptr);
        if (::posix_spawn(&pid_, binary.c_str(), nullptr, nullptr, argv.data(), environ) != 0)
            pid_ = 0;
    }
    ~TcpServer() {
        if (pid_ > 0) {
            // SIGKILL: the server waits on its per-connection children after SIGTERM.
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    TcpServer(const TcpServer&) = delete;
    TcpServer& operator=(const TcpServer&) = delete;

    std::string address() const { return "tcp://127.0.0.1:" + std::to_string(port_); }

    /// Waits until the server accepts connections; false after a few seconds.
    bool ready() const {
        for (int attempt = 0; attempt < 100 && pid_ > 0; ++attempt) {
            try {
                Xapian::Remote::open("127.0.0.1", static_cast<unsigned>(port_)).get_doccount();
                return true;
            } catch (const Xapian::Error&) {
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        }
        return false;
    }

  private:
    int port_;
    pid_t pid_ = 0;
};

std::vector<std::string> search_all(const std::vector<std::string>& dbs, const std::string& text) {
    Searcher searcher(dbs);
    SearchRequest request;
    request.text = text;
    request.limit = 100;
    std::vector<std::string> out;
    for (const Hit& hit : searcher.search(request).hits)
        out.push_back(hit.citation + " " + hit.stored.lang + " " + std::to_string(hit.score));
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<std::string> cited_by_all(const std::vector<std::string>& dbs,
                                      const std::string& citation) {
    Searcher searcher(dbs);
    CitedByRequest request;
    request.citation = citation;
    request.limit = 100;
    std::vector<std::string> out;
    for (const CitingHit& hit : cited_by(searcher, request).hits)
        out.push_back(hit.hit.citation + " " + hit.hit.stored.lang);
    std::sort(out.begin(), out.end());
    return out;
}

class ShardsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        const auto corpus = test::source_dir() / "corpus";
        indexer::index_paths(path("all"), {corpus.string()});
        indexer::index_paths(path("a"), {(corpus / "E-C.12-XAR-CO-2-en.xml").string(),
                                         (corpus / "ngo-xar-harm-reduction-2025-en.xml").string(),
                                         (corpus / "E-C.12-XAR-3-ru.xml").string()});
        std::vector<std::string> rest;
        for (const char* name :
             {"CCPR-C-XAR-CO-1-en.xml", "E-C.12-XAR-3-en.xml", "E-C.12-XAR-CO-2-kk.xml",
              "E-C.12-XAR-CO-2-ru.xml", "E-C.12-XAR-Q-3-en.xml", "E-C.12-XAR-RQ-3-ru.xml",
              "ngo-xar-lgbti-2025-ru.xml", "xar-health-code-2020-kk.xml"})
            rest.push_back((corpus / name).string());
        indexer::index_paths(path("b"), rest);
    }
    std::string path(const std::string& name) const { return (dir_.path() / name).string(); }

    // Serves shards a and b with xapian-tcpsrv on loopback; false when it is not installed.
    bool serve_shards() {
        const std::string tcpsrv = find_tcpsrv();
        if (tcpsrv.empty()) return false;
        server_a_ = std::make_unique<TcpServer>(tcpsrv, path("a"));
        server_b_ = std::make_unique<TcpServer>(tcpsrv, path("b"));
        return true;
    }

    test::TempDir dir_;
    std::unique_ptr<TcpServer> server_a_, server_b_;
};

TEST_F(ShardsTest, ShardListFileWithRelativePaths) {
    test::write_file(dir_.path() / "corpus.shards", "# two shards\na\n\n  b  \n");
    const std::string list = path("corpus.shards");
    const std::string query = "drug OR наркотиков OR есірткі";
    const auto together = search_all({path("all")}, query);
    ASSERT_GT(together.size(), 10u);
    EXPECT_EQ(search_all({list}, query), together);
    EXPECT_EQ(cited_by_all({list}, "E/C.12/XAR/CO/2, para. 47"),
              cited_by_all({path("all")}, "E/C.12/XAR/CO/2, para. 47"));

    test::write_file(dir_.path() / "bad.shards", "a\nmissing\n");
    EXPECT_THROW(Searcher({path("bad.shards")}), Error);
    test::write_file(dir_.path() / "empty.shards", "# nothing\n");
    EXPECT_THROW(Searcher({path("empty.shards")}), Error);
}

TEST_F(ShardsTest, RemoteShardsGiveTheSameResultsAsOneLocalIndex) {
    if (!serve_shards()) GTEST_SKIP() << "xapian-tcpsrv not installed (package xapian-tools)";
    const TcpServer& a = *server_a_;
    const TcpServer& b = *server_b_;
    ASSERT_TRUE(a.ready() && b.ready());
    test::write_file(dir_.path() / "remote.shards", a.address() + "\n" + b.address() + "\n");

    for (const std::string query : {"opioid therapy", "\"drug registry\"", "наркотиков", "есірткі",
                                    "country:XAR confidentiality year:2019"}) {
        const auto local = search_all({path("all")}, query);
        EXPECT_FALSE(local.empty()) << query;
        EXPECT_EQ(search_all({path("remote.shards")}, query), local) << query;
        EXPECT_EQ(search_all({a.address(), b.address()}, query), local) << query;
    }
    EXPECT_EQ(cited_by_all({path("remote.shards")}, "E/C.12/XAR/CO/2, para. 47"),
              cited_by_all({path("all")}, "E/C.12/XAR/CO/2, para. 47"));
}

// What an index from another version of Paragraf records (analysis versions 6 and 7).
void record_old_ranking(const std::string& db) {
    Xapian::WritableDatabase writable(db, Xapian::DB_OPEN);
    writable.set_metadata("paragraf:ranking", "bm25-wdf-pivot40-scale8");
    writable.commit();
}

TEST_F(ShardsTest, AnyShardFromAnotherRankingSchemeIsNoticed) {
    test::write_file(dir_.path() / "corpus.shards", "a\nb\n");
    EXPECT_FALSE(Searcher({path("corpus.shards")}).ranking_outdated());
    EXPECT_FALSE(Searcher({path("a"), path("b")}).ranking_outdated());

    // The second shard only: a multi-database reads metadata from its first index.
    record_old_ranking(path("b"));
    EXPECT_TRUE(Searcher({path("corpus.shards")}).ranking_outdated());
    EXPECT_TRUE(Searcher({path("a"), path("b")}).ranking_outdated());
    EXPECT_FALSE(Searcher({path("a")}).ranking_outdated());

    if (!serve_shards()) GTEST_SKIP() << "xapian-tcpsrv not installed (package xapian-tools)";
    const TcpServer& a = *server_a_;
    const TcpServer& b = *server_b_;
    ASSERT_TRUE(a.ready() && b.ready());
    EXPECT_FALSE(Searcher({a.address()}).ranking_outdated());
    EXPECT_TRUE(Searcher({a.address(), b.address()}).ranking_outdated());
}

TEST(RemoteShard, UnreachableOrMalformedIsAClearError) {
    EXPECT_THROW(Searcher({"tcp://127.0.0.1:" + std::to_string(free_port())}), Error);
    EXPECT_THROW(Searcher({"tcp://127.0.0.1"}), Error);
    EXPECT_THROW(Searcher({"tcp://127.0.0.1:99999"}), Error);
}

}  // namespace
}  // namespace paragraf::query
