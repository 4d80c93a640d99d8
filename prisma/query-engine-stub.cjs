// The Rust-free client needs no query engine; this stub stops the Prisma CLI from downloading one.
module.exports = {};
