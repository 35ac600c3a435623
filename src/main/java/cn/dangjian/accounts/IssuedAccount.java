package cn.dangjian.accounts;

/** A login made in bulk, with the one-time password that exists only until the sheet is handed out. */
public record IssuedAccount(
        long memberId,
        String memberName,
        String staffNumber,
        long branchId,
        String branchName,
        String username,
        String oneTimePassword) {

    @Override
    public String toString() {
        return "IssuedAccount[" + username + "]"; // never the password, even in a log line
    }
}
