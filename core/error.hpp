#pragma once
// The one exception type of the library: a message a user can act on, plus where it happened.

#include <stdexcept>
#include <string>

namespace paragraf {

class Error : public std::runtime_error {
  public:
    explicit Error(const std::string& message, std::string path = {}, int line = 0, int column = 0);

    const std::string& path() const { return path_; }
    int line() const { return line_; }
    int column() const { return column_; }
    /// The bare message, without the location prefix that what() carries.
    const std::string& reason() const { return reason_; }

  private:
    std::string reason_;
    std::string path_;
    int line_;
    int column_;
};

/// Bad input file: unreadable, malformed or not matching the corpus schema.
class InputError : public Error {
  public:
    using Error::Error;
};

/// A query the parser cannot make sense of.
class QueryError : public Error {
  public:
    using Error::Error;
};

}  // namespace paragraf
